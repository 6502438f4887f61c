package org.openhat.clinic.db;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * One place that teaches JDBI how OpenHAT stores values, identically on SQLite and PostgreSQL:
 * instants as epoch milliseconds (UTC by definition, no driver time-zone guessing) and dates as
 * ISO-8601 text.
 */
public final class ClinicJdbi {
    private ClinicJdbi() {
    }

    public static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        // A failed statement's message would otherwise carry its SQL and bound values (a withholding
        // reason, a patient's name) into the log; the cause still says what the database refused.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        jdbi.registerArgument(new InstantArgument());
        jdbi.registerArgument(new LocalDateArgument());
        jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> {
            long millis = rs.getLong(col);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        });
        jdbi.registerColumnMapper(LocalDate.class, (rs, col, ctx) -> {
            String text = rs.getString(col);
            return text == null ? null : LocalDate.parse(text);
        });
        return jdbi;
    }

    private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
        InstantArgument() {
            super(Types.BIGINT);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setLong(position, value.toEpochMilli());
        }
    }

    private static final class LocalDateArgument extends AbstractArgumentFactory<LocalDate> {
        LocalDateArgument() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(LocalDate value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setString(position, value.toString());
        }
    }
}
