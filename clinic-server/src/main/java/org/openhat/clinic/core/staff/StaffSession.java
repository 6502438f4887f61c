package org.openhat.clinic.core.staff;

import java.time.Instant;

/**
 * A live signed-in session: who, from where, until when if left idle, and at a kiosk the witness
 * standing beside them (null when none).
 */
public record StaffSession(StaffMember staff, SessionKind kind, Long stationId, Instant createdAt, Instant expiresAt,
                           StaffMember witness) {

    public StaffSession(StaffMember staff, SessionKind kind, Long stationId, Instant createdAt, Instant expiresAt) {
        this(staff, kind, stationId, createdAt, expiresAt, null);
    }

    /** This session with {@code signer} as the witness for one piece of work (a dose they countersign). */
    public StaffSession witnessedBy(StaffMember signer) {
        return new StaffSession(staff, kind, stationId, createdAt, expiresAt, signer);
    }

    /** Two different people: the signed-in member of staff and a witness who signed in beside them. */
    public boolean hasWitness() {
        return witness != null && witness.id() != staff.id();
    }
}
