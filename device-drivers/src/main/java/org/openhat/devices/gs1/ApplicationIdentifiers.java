package org.openhat.devices.gs1;

import java.util.Map;
import java.util.OptionalInt;

/**
 * What the parser needs to know about GS1 Application Identifiers: how many digits the AI
 * has, whether its field has a predefined length (no GS follows), and the limits of
 * variable fields. AIs not listed are accepted with GS1's general rules (devices.md §2.1:
 * "ignore unknown AIs gracefully").
 */
final class ApplicationIdentifiers {
    /** Longest data field GS1 allows for any AI (the internal AIs 91-99); also the bound for unknown ones. */
    static final int MAX_FIELD = 90;

    /** Predefined total length (AI + data) by the AI's first two digits; frozen by GS1. All are numeric. */
    private static final Map<String, Integer> PREDEFINED = Map.ofEntries(
            Map.entry("00", 20), Map.entry("01", 16), Map.entry("02", 16), Map.entry("03", 16),
            Map.entry("04", 18), Map.entry("11", 8), Map.entry("12", 8), Map.entry("13", 8),
            Map.entry("14", 8), Map.entry("15", 8), Map.entry("16", 8), Map.entry("17", 8),
            Map.entry("18", 8), Map.entry("19", 8), Map.entry("20", 4), Map.entry("31", 10),
            Map.entry("32", 10), Map.entry("33", 10), Map.entry("34", 10), Map.entry("35", 10),
            Map.entry("36", 10), Map.entry("41", 16));

    /**
     * Limits of the variable-length AIs, from the GS1 Barcode Syntax Dictionary (the machine-readable
     * form of the General Specifications' AI table); numeric ones are marked. A field with a fixed
     * length here still needs a GS after it: its AI family is not in the predefined-length table.
     */
    private static final Map<String, Field> VARIABLE = Map.ofEntries(
            Map.entry("10", Field.text(20)), Map.entry("21", Field.text(20)), Map.entry("22", Field.text(20)),
            Map.entry("235", Field.text(28)), Map.entry("240", Field.text(30)), Map.entry("241", Field.text(30)),
            Map.entry("242", Field.numeric(1, 6)), Map.entry("243", Field.text(20)),
            Map.entry("250", Field.text(30)), Map.entry("251", Field.text(30)), Map.entry("253", Field.text(13, 30)),
            Map.entry("254", Field.text(20)), Map.entry("255", Field.numeric(13, 25)),
            Map.entry("30", Field.numeric(1, 8)), Map.entry("37", Field.numeric(1, 8)),
            Map.entry("400", Field.text(30)), Map.entry("401", Field.text(30)), Map.entry("402", Field.numeric(17, 17)),
            Map.entry("403", Field.text(30)), Map.entry("420", Field.text(20)),
            Map.entry("4326", Field.numeric(6, 6)),
            Map.entry("7001", Field.numeric(13, 13)), Map.entry("7002", Field.text(30)),
            Map.entry("7003", Field.numeric(10, 10)), Map.entry("7004", Field.numeric(1, 4)),
            Map.entry("7005", Field.text(12)), Map.entry("7006", Field.numeric(6, 6)),
            Map.entry("7007", Field.numeric(6, 12)), Map.entry("7008", Field.text(3)),
            Map.entry("7009", Field.text(10)), Map.entry("7010", Field.text(2)),
            Map.entry("7011", Field.numeric(6, 10)),
            Map.entry("710", Field.text(20)), Map.entry("711", Field.text(20)), Map.entry("712", Field.text(20)),
            Map.entry("713", Field.text(20)), Map.entry("714", Field.text(20)), Map.entry("715", Field.text(20)),
            Map.entry("716", Field.text(20)), Map.entry("717", Field.text(20)),
            Map.entry("8005", Field.numeric(6, 6)), Map.entry("8006", Field.numeric(18, 18)),
            Map.entry("8008", Field.numeric(8, 12)), Map.entry("8009", Field.text(50)),
            Map.entry("8012", Field.text(20)), Map.entry("8017", Field.numeric(18, 18)),
            Map.entry("8018", Field.numeric(18, 18)), Map.entry("8019", Field.numeric(1, 10)),
            Map.entry("8020", Field.text(25)), Map.entry("8026", Field.numeric(18, 18)),
            Map.entry("8200", Field.text(70)), Map.entry("90", Field.text(30)));

    record Field(boolean numeric, int min, int max) {
        static Field text(int max) {
            return new Field(false, 1, max);
        }

        static Field text(int min, int max) {
            return new Field(false, min, max);
        }

        static Field numeric(int min, int max) {
            return new Field(true, min, max);
        }
    }

    private ApplicationIdentifiers() {
    }

    /** Number of digits in the AI that starts with these two digits, or 0 if no such AI family. */
    static int aiLength(String firstTwo) {
        int n = Integer.parseInt(firstTwo);
        if (n <= 4 || (n >= 10 && n <= 22) || n == 30 || n == 37 || n >= 90) {
            return 2;
        }
        if (n == 23 || n == 24 || n == 25 || (n >= 40 && n <= 42) || n == 71) {
            return 3;
        }
        if ((n >= 31 && n <= 36) || n == 39 || n == 43 || n == 70 || n == 72 || (n >= 80 && n <= 82)) {
            return 4;
        }
        return 0;
    }

    /** Data length (without the AI) for predefined-length AIs. */
    static OptionalInt predefinedDataLength(String ai) {
        Integer total = PREDEFINED.get(ai.substring(0, 2));
        return total == null ? OptionalInt.empty() : OptionalInt.of(total - ai.length());
    }

    /** Limits for a variable-length field; unknown AIs get GS1's general maximum. */
    static Field variableField(String ai) {
        Field known = VARIABLE.get(ai);
        return known != null ? known : Field.text(MAX_FIELD);
    }
}
