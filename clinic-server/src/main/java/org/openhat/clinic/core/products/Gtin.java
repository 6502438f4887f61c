package org.openhat.clinic.core.products;

import org.openhat.clinic.core.ValidationException;

/** A GTIN-14 (shorter GTINs are left-padded with zeros) whose last digit is the GS1 mod-10 check digit. */
public record Gtin(String digits) {
    public Gtin {
        if (digits == null || !digits.matches("\\d{8}|\\d{12,14}")) {
            throw new ValidationException("gtin", "must be 8, 12, 13 or 14 digits");
        }
        digits = "0".repeat(14 - digits.length()) + digits;
        if (checkDigit(digits.substring(0, 13)) != digits.charAt(13) - '0') {
            throw new ValidationException("gtin", "check digit does not match (GS1 modulo 10)");
        }
    }

    /** GS1: weights 3,1,3,1... from the rightmost data digit; check = (10 - sum mod 10) mod 10. */
    public static int checkDigit(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int weight = (data.length() - i) % 2 == 1 ? 3 : 1;
            sum += (data.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }
}
