package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;

public record AdministrationRow(
        long id,
        long patientId,
        long prescriptionVersionId,
        long productId,
        LocalDate clinicDate,
        String sessionName,
        int doseNumber,
        String route,
        String injectionSite,
        long prescribedMcg,
        long drawnMcg,
        long givenMcg,
        String reductionReason,
        String verdict,
        long nurseId,
        long witnessId,
        long stationId,
        Instant givenAt,
        int observationMinutes,
        Instant observeUntil,
        Instant dischargedAt) {
}
