package org.openhat.clinic.core.dosing;

import java.math.BigDecimal;

/**
 * A non-negative amount of drug, held exactly as whole micrograms so that sums of doses never
 * drift the way floating point does. Percentages round <em>down</em> to the microgram: every
 * percentage in the dose rules is a ceiling, and a ceiling must never round up.
 */
public record Milligrams(long micrograms) implements Comparable<Milligrams> {

    private static final long MICROGRAMS_PER_MILLIGRAM = 1_000;
    public static final Milligrams ZERO = new Milligrams(0);

    public Milligrams {
        if (micrograms < 0) {
            throw new IllegalArgumentException("a dose cannot be negative: " + micrograms + " µg");
        }
    }

    public static Milligrams of(long milligrams) {
        return new Milligrams(Math.multiplyExact(milligrams, MICROGRAMS_PER_MILLIGRAM));
    }

    /** Parses a decimal such as "12.5"; more precision than a microgram is refused, not rounded. */
    public static Milligrams of(BigDecimal milligrams) {
        try {
            return new Milligrams(milligrams.movePointRight(3).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("dose must be whole micrograms: " + milligrams, e);
        }
    }

    public static Milligrams parse(String milligrams) {
        return of(new BigDecimal(milligrams));
    }

    public Milligrams plus(Milligrams other) {
        return new Milligrams(Math.addExact(micrograms, other.micrograms));
    }

    /** Throws if the result would be negative: a negative remainder is a bug, not a dose. */
    public Milligrams minus(Milligrams other) {
        return new Milligrams(micrograms - other.micrograms);
    }

    /** What is left of an allowance after {@code used}; zero once it is used up. */
    public Milligrams remainingAfter(Milligrams used) {
        return new Milligrams(Math.max(0, micrograms - used.micrograms));
    }

    /** {@code percent}% of this amount, rounded down to the microgram. */
    public Milligrams percent(int percent) {
        if (percent < 0) {
            throw new IllegalArgumentException("percent cannot be negative: " + percent);
        }
        return new Milligrams(Math.multiplyExact(micrograms, (long) percent) / 100);
    }

    public Milligrams min(Milligrams other) {
        return micrograms <= other.micrograms ? this : other;
    }

    public boolean isGreaterThan(Milligrams other) {
        return micrograms > other.micrograms;
    }

    public boolean isZero() {
        return micrograms == 0;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(micrograms, 3).stripTrailingZeros();
    }

    @Override
    public int compareTo(Milligrams other) {
        return Long.compare(micrograms, other.micrograms);
    }

    /**
     * For people: "12.5 mg", "100 mg", "0.005 mg". Every finding's figures are written this way on
     * every dose check, so it is plain arithmetic rather than a BigDecimal's scale and strip.
     */
    @Override
    public String toString() {
        long whole = micrograms / MICROGRAMS_PER_MILLIGRAM;
        int fraction = (int) (micrograms % MICROGRAMS_PER_MILLIGRAM);
        if (fraction == 0) {
            return whole + " mg";
        }
        String digits = Integer.toString(1000 + fraction).substring(1);   // "005", "050", "500"
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + digits.substring(0, end) + " mg";
    }
}
