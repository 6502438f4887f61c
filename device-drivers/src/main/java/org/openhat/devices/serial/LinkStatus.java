package org.openhat.devices.serial;

/** State of a serial link as its owner sees it. */
public enum LinkStatus {
    /** Not started yet, or trying to (re)open the port. */
    CONNECTING,
    CONNECTED,
    /** Was connected, lost the device; reconnecting with back-off. */
    DISCONNECTED,
    CLOSED
}
