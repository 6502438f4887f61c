package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;

public record PrescriptionRow(
        long id,
        long patientId,
        int version,
        long prescriberId,
        long productId,
        String routes,
        int sessionsPerDay,
        LocalDate startDate,
        LocalDate endDate,
        Long oralMethadoneMcg,
        boolean inTitration,
        Instant effectiveFrom,
        String changeReason,
        Instant createdAt,
        long createdBy) {
}
