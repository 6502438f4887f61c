package org.openhat.clinic.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.dispensing.AdministrationRecord;
import org.openhat.clinic.core.dosing.Milligrams;

public record AdministrationView(long id, long patientId, LocalDate clinicDate, String session, int doseNumber,
                                 String route, String injectionSite, BigDecimal prescribedMg, BigDecimal drawnMg,
                                 BigDecimal givenMg, String reductionReason, String verdict, long nurseId,
                                 long witnessId, Instant givenAt, int observationMinutes, Instant observeUntil,
                                 Instant dischargedAt) {
    public static AdministrationView of(AdministrationRecord a) {
        return new AdministrationView(a.id(), a.patientId(), a.clinicDate(), a.sessionName(), a.doseNumber(), a.route(),
                a.injectionSite(), mg(a.prescribed()), mg(a.drawn()), mg(a.given()), a.reductionReason(),
                a.verdict(), a.nurseId(), a.witnessId(), a.givenAt(), a.observationMinutes(), a.observeUntil(),
                a.dischargedAt());
    }

    private static BigDecimal mg(Milligrams amount) {
        return amount.toBigDecimal();
    }
}
