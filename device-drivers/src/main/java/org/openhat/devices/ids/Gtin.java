package org.openhat.devices.ids;

/**
 * A GS1 Global Trade Item Number, always held as GTIN-14 with a verified check digit.
 * GTIN-8, -12 and -13 are left-padded with zeros, which leaves the check digit unchanged.
 */
public record Gtin(String value) {

    public Gtin {
        if (value == null || value.length() != 14 || !Digits.only(value)) {
            throw new IllegalArgumentException("GTIN must be 14 digits");
        }
        if (!Gs1CheckDigit.isValid(value)) {
            throw new IllegalArgumentException("GTIN check digit is wrong");
        }
    }

    /** Accepts GTIN-8, -12, -13 or -14 and normalises to 14 digits. */
    public static Gtin of(String digits) {
        if (digits == null) {
            throw new IllegalArgumentException("GTIN is missing");
        }
        int len = digits.length();
        if (len != 8 && len != 12 && len != 13 && len != 14) {
            throw new IllegalArgumentException("GTIN must have 8, 12, 13 or 14 digits, not " + len);
        }
        return new Gtin("0".repeat(14 - len) + digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
