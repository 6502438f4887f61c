package org.openhat.clinic.core.staff;

import java.time.Instant;

/** A live signed-in session: who, from where, and until when if left idle. */
public record StaffSession(StaffMember staff, SessionKind kind, Long stationId, Instant createdAt, Instant expiresAt) {
}
