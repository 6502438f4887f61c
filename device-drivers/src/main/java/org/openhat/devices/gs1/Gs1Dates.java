package org.openhat.devices.gs1;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.openhat.devices.ids.Digits;

/** GS1 YYMMDD dates such as AI (17) expiry (devices.md §2.3). */
public final class Gs1Dates {
    private Gs1Dates() {
    }

    /**
     * Reads YYMMDD. Day 00 means the last day of the month (still printed on older stock);
     * the century follows GS1's window: from 49 years back to 50 years ahead of {@code today}.
     */
    public static LocalDate parseYymmdd(String yymmdd, LocalDate today) {
        if (yymmdd.length() != 6 || !Digits.only(yymmdd)) {
            throw new Gs1FormatException("date must be 6 digits YYMMDD");
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (month < 1 || month > 12) {
            throw new Gs1FormatException("date month " + month + " does not exist");
        }
        int year = fullYear(yy, today.getYear());
        if (day == 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new Gs1FormatException("date day " + day + " does not exist in that month");
        }
    }

    /**
     * Checks that YYMMDD names a date that exists, without a reference date: the year is taken as
     * 20YY, which decides only 29 February of year 00 (2000 was a leap year).
     *
     * @param dayZeroAllowed whether this AI allows day 00 for "no day" (GS1's {@code yymmd0})
     */
    public static void checkYymmdd(String yymmdd, boolean dayZeroAllowed) {
        if (yymmdd.length() != 6 || !Digits.only(yymmdd)) {
            throw new Gs1FormatException("date must be 6 digits YYMMDD");
        }
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day == 0 && !dayZeroAllowed) {
            throw new Gs1FormatException("date day 00 is not allowed here");
        }
        parseYymmdd(yymmdd, LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), 1, 1));
    }

    static int fullYear(int yy, int currentYear) {
        int century = currentYear - currentYear % 100;
        int diff = yy - currentYear % 100;
        if (diff > 50) {
            century -= 100;
        } else if (diff < -49) {
            century += 100;
        }
        return century + yy;
    }
}
