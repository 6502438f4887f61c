package org.openhat.clinic.core.dosing;

import java.time.Instant;
import java.util.List;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.schedule.ClinicCalendar;

/**
 * Everything the dose rules know about a patient, read by the server in the same transaction that
 * will record the dose.
 *
 * @param clinicPremisesId       the premises this clinic's Home Office licences must name
 * @param prescriptions          the patient's prescription versions that may be in force around today
 * @param history                administrations, oldest first: at least the last 7 clinic days and,
 *                               in any case, the most recent administration ever. Missing older
 *                               history only ever makes the engine more cautious (induction caps).
 * @param everDosed              whether this patient has ever been given diamorphine here
 * @param lastPrescriberReviewAt the latest prescriber review of this patient, or null; a review after
 *                               the last dose is what releases a missed-days hold
 * @param calendar               the clinic's sessions
 */
public record PatientSnapshot(
        String patientId,
        PatientStatus status,
        String clinicPremisesId,
        List<PrescriptionVersion> prescriptions,
        DoseHistory history,
        boolean everDosed,
        Instant lastPrescriberReviewAt,
        ClinicCalendar calendar) {

    public PatientSnapshot {
        prescriptions = List.copyOf(prescriptions);
    }
}
