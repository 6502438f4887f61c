package org.openhat.clinic.core.audit;

/** Where writes are recorded. Services call it inside the transaction of the write it describes. */
public interface AuditLog {
    void record(AuditEvent event);
}
