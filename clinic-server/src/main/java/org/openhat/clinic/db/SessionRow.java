package org.openhat.clinic.db;

import java.time.Instant;

public record SessionRow(
        String tokenHash,
        long staffId,
        String kind,
        Long stationId,
        Instant createdAt,
        Instant lastSeenAt,
        Instant endedAt) {
}
