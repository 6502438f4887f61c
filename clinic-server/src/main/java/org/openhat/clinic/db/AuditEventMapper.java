package org.openhat.clinic.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;

public class AuditEventMapper implements RowMapper<AuditEvent> {
    @Override
    public AuditEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
        long staff = rs.getLong("staff_id");
        Long staffId = rs.wasNull() ? null : staff;
        return new AuditEvent(Instant.ofEpochMilli(rs.getLong("at")), staffId,
                AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("detail"));
    }
}
