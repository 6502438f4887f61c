package org.openhat.devices.gs1;

import java.util.Map;
import java.util.Set;
import org.openhat.devices.ids.Gs1CheckDigit;

/**
 * What GS1 requires of a field's content beyond its length and character set: the check digit of
 * the identification keys, and dates that exist. The linters of the GS1 Barcode Syntax Dictionary
 * ({@code csum}, {@code yymmd0}, {@code yymmdd}) decide which AI gets which check; day 00 ("no
 * day") is allowed only where the AI's date is {@code yymmd0}.
 */
final class FieldContent {
    /** AIs whose whole field is a GS1 key ending in its mod-10 check digit. */
    private static final Set<String> KEYS = Set.of("00", "01", "02", "03", "402", "410", "411", "412", "413", "414",
            "415", "416", "417", "8017", "8018");
    /** How a refusal names the key, in the words the kiosk uses; other keys are named by their AI. */
    private static final Map<String, String> KEY_NAMES = Map.of("00", "SSCC (00)", "01", "GTIN",
            "02", "content GTIN (02)", "8017", "GSRN (8017)", "8018", "wristband GSRN");
    /** AIs whose field starts with a GS1 key of this many digits (GDTI, GCN, ITIP). */
    private static final Map<String, Integer> KEY_PREFIX = Map.of("253", 13, "255", 13, "8006", 14, "8026", 14);
    /** YYMMDD where day 00 means the month's last day ({@code yymmd0}). */
    private static final Set<String> DAY_ZERO_ALLOWED = Set.of("11", "12", "13", "15", "16", "17");
    /** Fields that start with a YYMMDD that must name a real day ({@code yymmdd}). */
    private static final Set<String> REAL_DAY_FIRST = Set.of("4326", "7003", "7006", "7011", "8008");

    private FieldContent() {
    }

    /** Throws {@link Gs1FormatException} naming the AI when the content is wrong; length was checked before. */
    static void check(String ai, String value) {
        Integer prefix = KEY_PREFIX.get(ai);
        boolean keyWrong = KEYS.contains(ai) ? !Gs1CheckDigit.isValid(value)
                : prefix != null && (value.length() < prefix || !Gs1CheckDigit.isValid(value.substring(0, prefix)));
        if (keyWrong) {
            throw new Gs1FormatException(KEY_NAMES.getOrDefault(ai, "field (" + ai + ")") + " check digit is wrong");
        }
        if (DAY_ZERO_ALLOWED.contains(ai)) {
            date(ai, value, true);
        } else if (REAL_DAY_FIRST.contains(ai)) {
            date(ai, value.substring(0, 6), false);
        } else if (ai.equals("7007")) {
            // harvest date: one day, or the first and last day of a range
            if (value.length() != 6 && value.length() != 12) {
                throw new Gs1FormatException("field (7007) must be one or two dates");
            }
            date(ai, value.substring(0, 6), false);
            if (value.length() == 12) {
                date(ai, value.substring(6), false);
            }
        }
    }

    private static void date(String ai, String yymmdd, boolean dayZeroAllowed) {
        try {
            Gs1Dates.checkYymmdd(yymmdd, dayZeroAllowed);
        } catch (Gs1FormatException e) {
            throw new Gs1FormatException("field (" + ai + ") " + e.getMessage());
        }
    }
}
