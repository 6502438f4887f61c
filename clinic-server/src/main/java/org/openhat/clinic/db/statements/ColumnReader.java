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
        if (type == long.class) {
            return Optional.of(ResultSet::getLong);
        }
        if (type == Long.class) {
            return Optional.of((rs, column) -> {
                long value = rs.getLong(column);
                return rs.wasNull() ? null : value;
            });
        }
        if (type == int.class) {
            return Optional.of(ResultSet::getInt);
        }
        if (type == Integer.class) {
            return Optional.of((rs, column) -> {
                int value = rs.getInt(column);
                return rs.wasNull() ? null : value;
            });
        }
        if (type == boolean.class) {
            return Optional.of(ResultSet::getBoolean);
        }
        if (type == Boolean.class) {
            return Optional.of((rs, column) -> {
                boolean value = rs.getBoolean(column);
                return rs.wasNull() ? null : value;
            });
        }
        if (type == double.class) {
            return Optional.of(ResultSet::getDouble);
        }
        if (type == Double.class) {
            return Optional.of((rs, column) -> {
                double value = rs.getDouble(column);
                return rs.wasNull() ? null : value;
            });
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
                return text == null ? null : LocalDate.parse(text);
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
