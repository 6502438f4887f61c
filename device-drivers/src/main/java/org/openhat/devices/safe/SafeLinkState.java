package org.openhat.devices.safe;

/** Whether the safe answers. OFFLINE means no dose that needs the safe may start. */
public enum SafeLinkState {
    ONLINE,
    OFFLINE
}
