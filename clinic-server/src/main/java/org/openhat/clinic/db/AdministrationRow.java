package org.openhat.clinic.db;

import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.dispensing.AdministrationRecord;
import org.openhat.clinic.core.dosing.Milligrams;

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

    public AdministrationRecord toRecord() {
        return new AdministrationRecord(id, patientId, clinicDate, sessionName, doseNumber, route, injectionSite,
                new Milligrams(prescribedMcg), new Milligrams(drawnMcg), new Milligrams(givenMcg), reductionReason,
                verdict, nurseId, witnessId, givenAt, observationMinutes, observeUntil, dischargedAt);
    }
}
