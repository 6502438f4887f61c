package org.openhat.clinic.db.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.ColumnMapper;

/**
 * Reads one column as a Java type, chosen once from the type: the inverse of {@link Binder}, and
 * the same mapping {@code ClinicJdbi} registers with JDBI. A SQL NULL reads as null for an object
 * type and as 0 or false for a primitive, as JDBI does. A DAO's own column mappers
 * ({@code @RegisterColumnMapper}) are used for their types; they are called without a statement
 * context, which none of the clinic's mappers reads.
 */
@FunctionalInterface
public interface ColumnReader {

    Object read(ResultSet rs, int column) throws SQLException;

    static Optional<ColumnReader> forType(Class<?> type, Map<Class<?>, ColumnMapper<?>> registered) {
        ColumnMapper<?> own = registered.get(type);
        if (own != null) {
            return Optional.of((rs, column) -> own.map(rs, column, null));
        }
        if (type == long.class || type == Long.class) {
            return Optional.of(nullUnlessPrimitive(type, ResultSet::getLong));
        }
        if (type == int.class || type == Integer.class) {
            return Optional.of(nullUnlessPrimitive(type, ResultSet::getInt));
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(nullUnlessPrimitive(type, ResultSet::getBoolean));
        }
        if (type == double.class || type == Double.class) {
            return Optional.of(nullUnlessPrimitive(type, ResultSet::getDouble));
        }
        if (type == String.class) {
            return Optional.of(ResultSet::getString);
        }
        if (type == byte[].class) {
            return Optional.of(ResultSet::getBytes);
        }
        if (type == Instant.class) {
            return Optional.of((rs, column) -> {
                long millis = rs.getLong(column);
                return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
            });
        }
        if (type == LocalDate.class) {
            return Optional.of((rs, column) -> {
                String text = rs.getString(column);
                return text == null ? null : isoDate(text);
            });
        }
        if (type.isEnum()) {
            return Optional.of((rs, column) -> {
                String name = rs.getString(column);
                return name == null ? null : enumNamed(type, name);
            });
        }
        return Optional.empty();
    }

    /** A primitive reads SQL NULL as the driver gives it (0, false); its boxed type reads it as null. */
    private static ColumnReader nullUnlessPrimitive(Class<?> type, ColumnReader read) {
        if (type.isPrimitive()) {
            return read;
        }
        return (rs, column) -> {
            Object value = read.read(rs, column);
            return rs.wasNull() ? null : value;
        };
    }

    /**
     * A stored date, {@code yyyy-MM-dd}, read without the general formatter, which was a tenth of a
     * dose check's time: every dose row carries its clinic date. Anything else goes to the formatter.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written in {@code text[from, to)}, or -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** By exact name, then ignoring case, as JDBI's default enum mapping does. */
    private static Object enumNamed(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " named " + name);
    }
}
