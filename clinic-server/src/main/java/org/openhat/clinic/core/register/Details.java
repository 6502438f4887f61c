package org.openhat.clinic.core.register;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The legal fields of an entry as {@code key=value} lines in the order each kind writes them. The
 * text is written once and hashed as stored, so it must be unambiguous: backslash, newline and
 * carriage return in values are escaped, and absent values are left out.
 */
public final class Details {
    private final Map<String, String> values = new LinkedHashMap<>();

    public static Details of() {
        return new Details();
    }

    public Details put(String key, Object value) {
        if (value != null) {
            values.put(key, String.valueOf(value));
        }
        return this;
    }

    public Details putAll(Details other) {
        values.putAll(other.values);
        return this;
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
        return text.toString();
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                parsed.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return parsed;
    }

    public static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
