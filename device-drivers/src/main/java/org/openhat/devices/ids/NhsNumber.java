package org.openhat.devices.ids;

/**
 * An NHS number: ten digits whose last is a modulus-11 check digit (devices.md §2.5).
 * {@link #toString()} masks the number so that a stray log line never carries a patient
 * identifier; use {@link #value()} where the number itself is needed.
 */
public record NhsNumber(String value) {
    private static final int[] WEIGHTS = {10, 9, 8, 7, 6, 5, 4, 3, 2};

    public NhsNumber {
        if (value == null || value.length() != 10 || !Digits.only(value)) {
            throw new IllegalArgumentException("NHS number must be 10 digits");
        }
        Integer check = expectedCheckDigit(value);
        if (check == null) {
            throw new IllegalArgumentException("NHS number is not valid (check digit would be 10)");
        }
        if (value.charAt(9) - '0' != check) {
            throw new IllegalArgumentException("NHS number check digit is wrong");
        }
    }

    /** Accepts the number with the usual 3-3-4 spacing or hyphens, e.g. {@code 943 476 5919}. */
    public static NhsNumber of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("NHS number is missing");
        }
        return new NhsNumber(text.strip().replace(" ", "").replace("-", ""));
    }

    /** True if {@code text} is a valid NHS number (in any form {@link #of} accepts). */
    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Check digit for the first nine digits, or null when the number can never be issued. */
    private static Integer expectedCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }

    /** Human form {@code 943 476 5919}, for screens that show it to staff. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return "NhsNumber[masked]";
    }
}
