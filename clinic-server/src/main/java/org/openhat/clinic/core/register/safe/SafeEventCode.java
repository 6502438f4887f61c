package org.openhat.clinic.core.register.safe;

/** Safe-Link v1 event codes 1 to 9, by name. */
public enum SafeEventCode {
    UNLOCKED,
    DOOR_OPENED,
    DOOR_CLOSED,
    LOCKED,
    FORCED_OPEN,
    HELD_OPEN,
    TAMPER,
    POWER_RESTORED,
    UNLOCK_EXPIRED;

    /** The door actually opened: with an unlock (DOOR_OPENED) or without one (FORCED_OPEN). */
    public boolean opensDoor() {
        return this == DOOR_OPENED || this == FORCED_OPEN;
    }

    /** Worth a pharmacist's attention whatever the register says. */
    public boolean isAlert() {
        return this == FORCED_OPEN || this == HELD_OPEN || this == TAMPER;
    }
}
