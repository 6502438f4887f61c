package org.openhat.clinic.db;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.openhat.clinic.core.register.EntryKind;
import org.openhat.clinic.core.register.RegisterEntry;

/** Maps {@link RegisterDao#ENTRY_COLUMNS} by position: verify reads a million of these, reflection would show. */
public class RegisterEntryMapper implements RowMapper<RegisterEntry> {
    /** How a text column is read. */
    @FunctionalInterface
    interface TextColumn {
        String read(ResultSet rs, int column) throws SQLException;
    }

    /**
     * For the SQLite driver: its getString hands the text over as a direct byte buffer and decodes
     * it through a charset decoder, which was most of the time verify spent reading a row;
     * getBytes hands over the same UTF-8 bytes as an array. Zero-length text comes back as no
     * array at all, so the column's own NULL tells the two apart.
     */
    static final TextColumn SQLITE_TEXT = (rs, column) -> {
        byte[] utf8 = rs.getBytes(column);
        if (utf8 == null) {
            return rs.wasNull() ? null : "";
        }
        return new String(utf8, StandardCharsets.UTF_8);
    };

    /** The mapper for SqlObject queries and PostgreSQL, and the one for rows read straight off a SQLite connection. */
    static final RegisterEntryMapper DEFAULT = new RegisterEntryMapper();
    static final RegisterEntryMapper SQLITE = new RegisterEntryMapper(SQLITE_TEXT);

    private final TextColumn text;

    public RegisterEntryMapper() {
        this(ResultSet::getString);
    }

    RegisterEntryMapper(TextColumn text) {
        this.text = text;
    }

    /** The mapper for rows read straight off this driver connection (not through the pool's proxy). */
    static RegisterEntryMapper forConnection(java.sql.Connection physical) {
        return physical instanceof org.sqlite.SQLiteConnection ? SQLITE : DEFAULT;
    }

    /** Reads a text column as this mapper reads one. */
    String text(ResultSet rs, int column) throws SQLException {
        return text.read(rs, column);
    }

    @Override
    public RegisterEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RegisterEntry(rs.getLong(1), rs.getLong(2), EntryKind.valueOf(text.read(rs, 3)),
                Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), rs.getLong(6),
                nullableLong(rs, 7), rs.getLong(8), rs.getLong(9), text.read(rs, 10), nullableLong(rs, 11),
                text.read(rs, 12), text.read(rs, 13), nullableLong(rs, 14), text.read(rs, 15), text.read(rs, 16),
                text.read(rs, 17));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
