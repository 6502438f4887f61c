package org.openhat.clinic.db;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openhat.clinic.core.DiskFullException;
import org.openhat.clinic.core.ValidationException;
import org.postgresql.util.PSQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises the database faults that are the request's or the machine's, not a bug, the same
 * way on SQLite and PostgreSQL, and turns them into the clinic's own exceptions: a full disk
 * (SQLITE_FULL, SQLSTATE 53100) and a reference to a row that does not exist (a foreign-key
 * violation, SQLSTATE 23503). Everything else is left alone for the unexpected-error mapper.
 */
public final class DatabaseFaults {
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_READONLY = 8;
    private static final String PG_DISK_FULL = "53100";
    private static final String PG_READ_ONLY_TRANSACTION = "25006";
    private static final String PG_FOREIGN_KEY = "23503";
    /** PostgreSQL's detail names the column: "Key (patient_id)=(42) is not present in table ...". */
    private static final Pattern PG_KEY = Pattern.compile("Key \\(([a-z_]+)\\)=");

    private DatabaseFaults() {
    }

    /** The clinic's exception for {@code e}, or {@code e} itself when it is none of these faults. */
    public static RuntimeException translate(RuntimeException e) {
        Optional<SQLException> sql = sqlCause(e);
        if (sql.isEmpty()) {
            return e;
        }
        if (isDiskFull(sql.get())) {
            return new DiskFullException(e);
        }
        if (isForeignKeyViolation(sql.get())) {
            return new ValidationException(foreignKeyField(sql.get()), "refers to a record that does not exist");
        }
        return e;
    }

    /**
     * A write refused because the transaction is read-only: SQLite's SQLITE_READONLY (its
     * {@code query_only} is on) or PostgreSQL's SQLSTATE 25006.
     */
    static boolean isWriteRefusedAsReadOnly(RuntimeException e) {
        Optional<SQLException> sql = sqlCause(e);
        if (sql.isEmpty()) {
            return false;
        }
        if (sql.get() instanceof SQLiteException sqlite) {
            return (sqlite.getResultCode().code & 0xff) == SQLITE_READONLY;
        }
        return PG_READ_ONLY_TRANSACTION.equals(sql.get().getSQLState());
    }

    static boolean isDiskFull(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return (sqlite.getResultCode().code & 0xff) == SQLITE_FULL;
        }
        return PG_DISK_FULL.equals(e.getSQLState());
    }

    static boolean isForeignKeyViolation(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY
                    || String.valueOf(sqlite.getMessage()).contains("FOREIGN KEY constraint failed");
        }
        return PG_FOREIGN_KEY.equals(e.getSQLState());
    }

    /**
     * The request field behind the column, where the database says which: PostgreSQL's detail
     * (kept on the error though left out of its message); SQLite does not say.
     */
    private static String foreignKeyField(SQLException e) {
        String detail = e instanceof PSQLException pg && pg.getServerErrorMessage() != null
                ? pg.getServerErrorMessage().getDetail() : e.getMessage();
        Matcher key = PG_KEY.matcher(String.valueOf(detail));
        return key.find() ? camelCase(key.group(1)) : null;
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
