package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.audit.AuditLog;

/** The audit trail in the database; attach it to the write's own handle so both commit together. */
@RegisterRowMapper(AuditEventMapper.class)
public interface AuditDao extends AuditLog {

    @SqlUpdate("""
            INSERT INTO audit_log (at, staff_id, action, record_type, record_id, detail)
            VALUES (:at, :staffId, :action, :recordType, :recordId, :detail)""")
    void insert(Instant at, Long staffId, String action, String recordType, String recordId, String detail);

    @Override
    default void record(AuditEvent e) {
        insert(e.at(), e.staffId(), e.action().name(), e.recordType(), e.recordId(), e.detail());
    }

    // REGISTER_ENTRY_MADE lines were copies of register entries (databases from before the
    // register became its own audit line); AuditTrail reads the register itself.
    @SqlQuery("""
            SELECT at, staff_id, action, record_type, record_id, detail FROM audit_log
            WHERE record_type = :recordType AND record_id = :recordId AND action <> 'REGISTER_ENTRY_MADE'
            ORDER BY id""")
    List<AuditEvent> forRecord(String recordType, String recordId);

    @SqlQuery("""
            SELECT at, staff_id, action, record_type, record_id, detail FROM audit_log
            WHERE action <> 'REGISTER_ENTRY_MADE' ORDER BY id DESC LIMIT :limit""")
    List<AuditEvent> latest(@Bind("limit") int limit);

}
