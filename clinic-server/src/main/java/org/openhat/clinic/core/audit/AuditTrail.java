package org.openhat.clinic.core.audit;

import java.util.List;
import org.openhat.clinic.core.Transactor;
import org.openhat.clinic.db.AuditDao;

/** Reading the audit trail back, for admins, pharmacists and inspectors. */
public class AuditTrail {
    private final Transactor transactor;

    public AuditTrail(Transactor transactor) {
        this.transactor = transactor;
    }

    public List<AuditEvent> latest(int limit) {
        return transactor.read(tx -> tx.dao(AuditDao.class).latest(limit));
    }

    public List<AuditEvent> forRecord(String recordType, String recordId) {
        return transactor.read(tx -> tx.dao(AuditDao.class).forRecord(recordType, recordId));
    }
}
