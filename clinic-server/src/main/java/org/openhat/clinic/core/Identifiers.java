package org.openhat.clinic.core;

import org.openhat.devices.ids.Gtin;
import org.openhat.devices.ids.NhsNumber;

/**
 * Reads identifiers typed or sent by people into the value types the scanners also use, turning
 * a bad one into a {@link ValidationException} that names the field. The reason never repeats
 * the value, which may be a patient identifier.
 */
public final class Identifiers {
    private Identifiers() {
    }

    public static NhsNumber nhsNumber(String text) {
        try {
            return NhsNumber.of(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("nhsNumber", reason(e));
        }
    }

    public static Gtin gtin(String text) {
        try {
            return Gtin.of(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("gtin", reason(e));
        }
    }

    /** "NHS number check digit is wrong" becomes "check digit is wrong": the field already says what it is. */
    private static String reason(IllegalArgumentException e) {
        return e.getMessage().replaceFirst("^(NHS number|GTIN)\\s*", "").trim();
    }
}
