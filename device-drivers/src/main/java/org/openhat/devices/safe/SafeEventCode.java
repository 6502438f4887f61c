package org.openhat.devices.safe;

/** Event codes the safe reports (safe-link-v1.md). */
public enum SafeEventCode {
    UNLOCKED(1), DOOR_OPENED(2), DOOR_CLOSED(3), LOCKED(4), FORCED_OPEN(5), HELD_OPEN(6), TAMPER(7),
    POWER_RESTORED(8), UNLOCK_EXPIRED(9),
    /** A code this driver does not know; the raw value is kept in {@link SafeEvent#code()}. */
    UNKNOWN(0);

    private final int code;

    SafeEventCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static SafeEventCode of(int code) {
        for (SafeEventCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
