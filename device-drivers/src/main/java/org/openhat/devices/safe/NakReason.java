package org.openhat.devices.safe;

/** Why the safe refused a command (NAK payload). */
public enum NakReason {
    BAD_CRC(1), UNKNOWN_COMMAND(2), BAD_PAYLOAD(3), BUSY(4), DOOR_ALREADY_OPEN(5), TAMPER_LOCKOUT(6),
    TWO_PERSON_RULE(7), UNKNOWN(0);

    private final int code;

    NakReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static NakReason of(int code) {
        for (NakReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return UNKNOWN;
    }
}
