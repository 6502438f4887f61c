package org.openhat.clinic.db.statements;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Sets one parameter of a prepared statement from a DAO method's argument, chosen once from the
 * parameter's declared type. Values are stored exactly as {@code ClinicJdbi} teaches JDBI to store
 * them (instants as epoch milliseconds, dates as ISO-8601 text, enums by name), so a row written
 * through either path reads back the same through the other; a null is bound with the column's
 * SQL type, which PostgreSQL needs.
 */
@FunctionalInterface
public interface Binder {

    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /** The binder for a parameter declared as {@code type}, or empty if this layer does not bind it. */
    static Optional<Binder> forType(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return Optional.of(nullable(Types.BIGINT, (s, i, v) -> s.setLong(i, (Long) v)));
        }
        if (type == int.class || type == Integer.class) {
            return Optional.of(nullable(Types.INTEGER, (s, i, v) -> s.setInt(i, (Integer) v)));
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(nullable(Types.BOOLEAN, (s, i, v) -> s.setBoolean(i, (Boolean) v)));
        }
        if (type == double.class || type == Double.class) {
            return Optional.of(nullable(Types.DOUBLE, (s, i, v) -> s.setDouble(i, (Double) v)));
        }
        if (type == String.class) {
            return Optional.of(nullable(Types.VARCHAR, (s, i, v) -> s.setString(i, (String) v)));
        }
        if (type == Instant.class) {
            return Optional.of(nullable(Types.BIGINT, (s, i, v) -> s.setLong(i, ((Instant) v).toEpochMilli())));
        }
        if (type == LocalDate.class) {
            return Optional.of(nullable(Types.VARCHAR, (s, i, v) -> s.setString(i, v.toString())));
        }
        if (type == byte[].class) {
            return Optional.of(nullable(Types.VARBINARY, (s, i, v) -> s.setBytes(i, (byte[]) v)));
        }
        if (type.isEnum()) {
            return Optional.of(nullable(Types.VARCHAR, (s, i, v) -> s.setString(i, ((Enum<?>) v).name())));
        }
        return Optional.empty();
    }

    private static Binder nullable(int sqlType, Binder present) {
        return (statement, index, value) -> {
            if (value == null) {
                statement.setNull(index, sqlType);
            } else {
                present.bind(statement, index, value);
            }
        };
    }
}
