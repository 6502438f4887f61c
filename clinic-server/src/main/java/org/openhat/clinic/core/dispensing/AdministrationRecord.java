package org.openhat.clinic.core.dispensing;

import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.dosing.Milligrams;

/** One dose as the clinic recorded it: what was prescribed, drawn and given, by whom, and its observation. */
public record AdministrationRecord(long id, long patientId, LocalDate clinicDate, String sessionName, int doseNumber,
                                   String route, String injectionSite, Milligrams prescribed, Milligrams drawn,
                                   Milligrams given, String reductionReason, String verdict, long nurseId,
                                   long witnessId, Instant givenAt, int observationMinutes, Instant observeUntil,
                                   Instant dischargedAt) {
}
