package org.openhat.clinic.logging;

/**
 * Makes text safe to put on one log line. Free text typed at a kiosk (a withholding reason, a
 * name) can reach the log inside a message or an exception; a line break in it would otherwise
 * start a line the reader takes for the server's own. Every C0 and C1 control character, DEL and
 * the Unicode line and paragraph separators become visible escapes ({@code \n}, {@code \u001b}).
 */
public final class LogText {
    private LogText() {
    }

    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(LogText::needsEscape)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean needsEscape(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
    }
}
