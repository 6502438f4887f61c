package org.openhat.clinic.service.audit;

import java.time.Instant;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.db.Transactor;

/** Writes one audit line inside the caller's transaction. */
public final class Audits {
    private Audits() {
    }

    public static void record(Transactor.Tx tx, Instant at, long staffId, AuditAction action, String recordType,
                              Object recordId, String detail) {
        tx.dao(AuditDao.class).record(new AuditEvent(at, staffId, action, recordType, String.valueOf(recordId), detail));
    }
}
