package org.openhat.clinic.db.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * A DAO's SQL with its {@code :name} parameters turned into JDBC's {@code ?}, once, when the DAO is
 * compiled. The same rules as JDBI's colon-prefix parser for what the clinic writes: text in single
 * quotes, double-quoted identifiers and {@code --} comments are left alone, and {@code ::} (a
 * PostgreSQL cast) is not a parameter.
 */
public record NamedSql(String jdbc, List<String> parameters) {

    public static NamedSql parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                out.append('?');
                i = end;
            } else if (c == '?') {
                throw new IllegalArgumentException("positional ? parameters are not supported; name them (:name)");
            } else {
                out.append(c);
                i++;
            }
        }
        return new NamedSql(out.toString(), List.copyOf(names));
    }

    /** The index just past the quote that closes the one at {@code start} (a doubled quote is an escaped one). */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " in SQL");
    }
}
