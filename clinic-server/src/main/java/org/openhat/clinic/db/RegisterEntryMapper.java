package org.openhat.clinic.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.openhat.clinic.core.register.EntryKind;
import org.openhat.clinic.core.register.RegisterEntry;

/** Maps {@link RegisterDao#ENTRY_COLUMNS} by position: verify reads a million of these, reflection would show. */
public class RegisterEntryMapper implements RowMapper<RegisterEntry> {
    @Override
    public RegisterEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RegisterEntry(rs.getLong(1), rs.getLong(2), EntryKind.valueOf(rs.getString(3)),
                Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), rs.getLong(6),
                nullableLong(rs, 7), rs.getLong(8), rs.getLong(9), rs.getString(10), nullableLong(rs, 11),
                rs.getString(12), rs.getString(13), nullableLong(rs, 14), rs.getString(15), rs.getString(16),
                rs.getString(17));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
