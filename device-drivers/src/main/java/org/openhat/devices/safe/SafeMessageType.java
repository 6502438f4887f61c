package org.openhat.devices.safe;

/** TYPE byte values of Safe Link v1. */
public final class SafeMessageType {
    public static final int PING = 0x10;
    public static final int GET_STATUS = 0x11;
    public static final int UNLOCK = 0x20;
    public static final int LOCK = 0x21;
    public static final int EVENTS_SINCE = 0x30;
    public static final int EVENT_ACK = 0x31;
    public static final int ACK = 0x80;
    public static final int NAK = 0x81;
    public static final int STATUS = 0x90;
    public static final int EVENT = 0xA0;

    private SafeMessageType() {
    }
}
