package org.openhat.clinic.core.audit;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which record. {@code staffId} is null only for
 * attempts by someone not signed in (a failed sign-in) and for what the server does by itself
 * (sealing the register with a checkpoint). Detail is plain words, never a secret or an NHS number.
 */
public record AuditEvent(Instant at, Long staffId, AuditAction action, String recordType, String recordId, String detail) {
}
