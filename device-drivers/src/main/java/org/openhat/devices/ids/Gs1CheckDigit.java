package org.openhat.devices.ids;

/** GS1 mod-10 check digit, shared by GTIN, GSRN, SSCC and GLN (devices.md §2.4). */
public final class Gs1CheckDigit {
    private Gs1CheckDigit() {
    }

    /** Check digit for the given data digits (the key without its check digit). */
    public static int compute(CharSequence dataDigits) {
        int sum = 0;
        int weight = 3; // weights start at the rightmost data digit, so every key length works
        for (int i = dataDigits.length() - 1; i >= 0; i--) {
            char c = dataDigits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("GS1 keys are digits only");
            }
            sum += (c - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    /** True if the last digit of {@code key} is its correct check digit. */
    public static boolean isValid(CharSequence key) {
        if (key.length() < 2 || !Digits.only(key)) {
            return false;
        }
        int expected = compute(key.subSequence(0, key.length() - 1));
        return key.charAt(key.length() - 1) - '0' == expected;
    }
}
