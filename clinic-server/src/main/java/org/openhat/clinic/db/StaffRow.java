package org.openhat.clinic.db;

import java.time.Instant;

/** A staff row as stored, secrets' hashes and lock counters included. Never leaves the service layer. */
public record StaffRow(
        long id,
        String username,
        String displayName,
        String badgeCode,
        String passwordHash,
        String pinHash,
        boolean enabled,
        int failedPins,
        boolean badgeLocked,
        int failedPasswords,
        Instant lastFailedPasswordAt,
        boolean passwordLocked,
        Instant createdAt) {
}
