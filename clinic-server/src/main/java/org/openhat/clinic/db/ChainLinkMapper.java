package org.openhat.clinic.db;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.openhat.clinic.core.register.ChainLink;

/** Maps {@link RegisterDao#chain} by position. */
public class ChainLinkMapper implements RowMapper<ChainLink> {
    @Override
    public ChainLink map(ResultSet rs, StatementContext ctx) throws SQLException {
        long batchBalance = rs.getLong(8);
        return new ChainLink(rs.getLong(1), rs.getString(2).getBytes(StandardCharsets.UTF_8), rs.getString(3),
                rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getString(7), rs.wasNull() ? null : batchBalance);
    }
}
