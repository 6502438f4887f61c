package org.openhat.devices.gs1;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.openhat.devices.ids.Digits;

/**
 * The fields of a GS1 element string, AI to value, in the order scanned. Parses the form a
 * scanner transmits after the AIM ID (FNC1 separators as GS, 0x1D) and the bracketed
 * human-readable form {@code (01)...(17)...}. Every element is checked (length, characters, check
 * digit, date), and one bad element refuses the whole symbol: a symbol with a corrupt part may
 * have been misread anywhere. Errors carry a reason, never the scanned data.
 */
public record Gs1ElementString(Map<String, String> fields) {
    /** FNC1 as the scanner transmits it. */
    public static final char GS = '\u001D';

    public Gs1ElementString {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<String> get(String ai) {
        return Optional.ofNullable(fields.get(ai));
    }

    /** Parses the transmitted form (the data after {@code ]d2}, {@code ]C1}, {@code ]Q3}, {@code ]e0}). */
    public static Gs1ElementString parse(String data) {
        Map<String, String> out = new LinkedHashMap<>();
        int pos = 0;
        while (pos < data.length()) {
            if (data.charAt(pos) == GS) {
                pos++; // a GS after a predefined-length field is redundant but legal
                continue;
            }
            String ai = readAi(data, pos);
            pos += ai.length();
            OptionalInt fixed = ApplicationIdentifiers.predefinedDataLength(ai);
            int end;
            if (fixed.isPresent()) {
                end = pos + fixed.getAsInt();
                if (end > data.length()) {
                    throw new Gs1FormatException("field (" + ai + ") is cut short");
                }
            } else {
                int gs = data.indexOf(GS, pos);
                end = gs < 0 ? data.length() : gs;
            }
            put(out, ai, data.substring(pos, end));
            pos = end;
        }
        return finish(out);
    }

    /** Parses {@code (01)09506000134352(17)261231(10)ABC123}; a variable field ends at the next '('. */
    public static Gs1ElementString parseHumanReadable(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int pos = 0;
        while (pos < text.length()) {
            int close = text.indexOf(')', pos);
            if (text.charAt(pos) != '(' || close < 0) {
                throw new Gs1FormatException("expected '(' and an application identifier");
            }
            String ai = text.substring(pos + 1, close);
            if (ai.length() < 2 || !Digits.only(ai) || ApplicationIdentifiers.aiLength(ai.substring(0, 2)) != ai.length()) {
                throw new Gs1FormatException("not a known application identifier in brackets");
            }
            int next = text.indexOf('(', close + 1);
            int end = next < 0 ? text.length() : next;
            put(out, ai, text.substring(close + 1, end));
            pos = end;
        }
        return finish(out);
    }

    private static String readAi(String data, int pos) {
        if (pos + 2 > data.length() || !Digits.only(data.substring(pos, pos + 2))) {
            throw new Gs1FormatException("expected an application identifier at position " + pos);
        }
        int len = ApplicationIdentifiers.aiLength(data.substring(pos, pos + 2));
        if (len == 0) {
            throw new Gs1FormatException("unknown application identifier " + data.substring(pos, pos + 2) + "..");
        }
        if (pos + len > data.length() || !Digits.only(data.substring(pos, pos + len))) {
            throw new Gs1FormatException("application identifier is cut short at position " + pos);
        }
        return data.substring(pos, pos + len);
    }

    /**
     * GS1 allows an element to be repeated with the same value (printers of multi-part symbols do);
     * a repeat with another value leaves the item ambiguous, so the whole symbol is refused.
     */
    private static void put(Map<String, String> out, String ai, String value) {
        FieldRules.check(ai, value);
        String earlier = out.putIfAbsent(ai, value);
        if (earlier != null && !earlier.equals(value)) {
            throw new Gs1FormatException("field (" + ai + ") appears twice with different values");
        }
    }

    private static Gs1ElementString finish(Map<String, String> out) {
        if (out.isEmpty()) {
            throw new Gs1FormatException("no GS1 fields");
        }
        return new Gs1ElementString(out);
    }
}
