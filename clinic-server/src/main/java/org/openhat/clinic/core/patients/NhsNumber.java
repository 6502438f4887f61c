package org.openhat.clinic.core.patients;

import org.openhat.clinic.core.ValidationException;

/**
 * A ten-digit NHS number whose last digit is the modulus-11 check digit: weights 10..2 on the
 * first nine digits, check = 11 - (sum mod 11), 11 becomes 0 and 10 means the number is invalid.
 * {@link #toString()} masks all but the last three digits so it can never leak into a log.
 */
public final class NhsNumber {
    private final String digits;

    private NhsNumber(String digits) {
        this.digits = digits;
    }

    public static NhsNumber parse(String text) {
        if (text == null) {
            throw new ValidationException("nhsNumber", "is required");
        }
        String digits = text.replace(" ", "").replace("-", "");
        if (!digits.matches("\\d{10}")) {
            throw new ValidationException("nhsNumber", "must be 10 digits");
        }
        if (checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            throw new ValidationException("nhsNumber", "check digit does not match (modulus 11)");
        }
        return new NhsNumber(digits);
    }

    /** The check digit for nine digits, or -1 where no valid number can be made from them. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    public String digits() {
        return digits;
    }

    /** The usual 3-3-4 display form, for screens only. */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NhsNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "NhsNumber[***" + digits.substring(7) + "]";
    }
}
