package org.openhat.clinic.service.dispensing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.dosing.Administration;
import org.openhat.clinic.core.dosing.DoseHistory;
import org.openhat.clinic.core.dosing.HomeOfficeLicence;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PatientSnapshot;
import org.openhat.clinic.core.dosing.PrescriptionVersion;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.prescribers.Prescriber;
import org.openhat.clinic.core.prescriptions.Prescription;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.AdministrationDao;
import org.openhat.clinic.db.DoseTakenRow;
import org.openhat.clinic.db.PatientDao;
import org.openhat.clinic.db.PatientRow;
import org.openhat.clinic.db.PrescriberDao;
import org.openhat.clinic.db.PrescriptionDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.prescriptions.Prescriptions;

/**
 * Reads everything the dose-safety check needs about one patient, inside the caller's
 * transaction, so a dose is checked against exactly the state it will be written into. Only the
 * last eight clinic days of doses (and the latest dose ever) are read: the rules look no further
 * back, so the cost does not grow with years of history.
 */
public class SnapshotReader {
    private static final int DAYS_OF_HISTORY = 8;

    private final ClinicCalendar calendar;
    private final String premises;

    public SnapshotReader(ClinicCalendar calendar, String premises) {
        this.calendar = calendar;
        this.premises = premises;
    }

    public PatientSnapshot read(Transactor.Tx tx, long patientId, Instant at) {
        PatientRow patient = tx.dao(PatientDao.class).findById(patientId)
                .orElseThrow(() -> new NotFoundException("patient", patientId));
        AdministrationDao administrations = tx.dao(AdministrationDao.class);
        Optional<DoseTakenRow> latest = administrations.lastDoseTaken(patientId);
        Instant since = calendar.startOf(calendar.clinicDate(at).minusDays(DAYS_OF_HISTORY));
        List<DoseTakenRow> recent = new ArrayList<>(administrations.dosesTakenSince(patientId, since));
        latest.filter(last -> last.givenAt().isBefore(since)).ifPresent(last -> recent.add(0, last));
        PrescriptionDao prescriptionDao = tx.dao(PrescriptionDao.class);
        List<Prescription> prescriptions = Prescriptions.load(prescriptionDao, prescriptionDao.effectiveAt(patientId, at));
        // Only the prescribers who signed these versions: this runs on every dose check.
        PrescriberDao prescriberDao = tx.dao(PrescriberDao.class);
        Map<Long, Prescriber> prescribers = prescriptions.stream().map(Prescription::prescriberId).distinct()
                .map(id -> prescriberDao.findById(id).orElseThrow())
                .collect(Collectors.toMap(Prescriber::id, Function.identity()));
        List<PrescriptionVersion> versions = prescriptions.stream()
                .map(rx -> version(rx, prescribers.get(rx.prescriberId()), latest)).toList();
        return new PatientSnapshot(Long.toString(patientId), PatientStatus.valueOf(patient.status()), premises, versions,
                DoseHistory.of(recent.stream().map(SnapshotReader::administration).toList()), latest.isPresent(),
                prescriptionDao.lastReview(patientId).orElse(null), calendar);
    }

    private static Administration administration(DoseTakenRow row) {
        return new Administration(row.givenAt(), new Milligrams(row.givenMcg()), row.sessionName(),
                Long.toString(row.productId()));
    }

    private static PrescriptionVersion version(Prescription rx, Prescriber prescriber, Optional<DoseTakenRow> latest) {
        HomeOfficeLicence licence = prescriber.licenceNumber() == null ? null
                : new HomeOfficeLicence(prescriber.licenceNumber(), prescriber.licencePremises(), prescriber.licenceExpiry());
        org.openhat.clinic.core.dosing.Prescriber signedBy = new org.openhat.clinic.core.dosing.Prescriber(
                Long.toString(prescriber.id()), prescriber.name(), prescriber.medical(), licence);
        return new PrescriptionVersion(Long.toString(rx.id()), rx.version(), Long.toString(rx.patientId()), signedBy,
                Long.toString(rx.productId()), rx.routes(), rx.dosePerSession(), rx.sessionsPerDay(), rx.startDate(),
                rx.endDate(), rx.oralMethadonePerDay(), rx.inTitration(), doseChanged(rx, latest));
    }

    /** The prescribed dose for the session last dosed differs from what was prescribed then: watch longer. */
    private static boolean doseChanged(Prescription rx, Optional<DoseTakenRow> latest) {
        if (latest.isEmpty()) {
            return false;
        }
        Milligrams now = rx.dosePerSession().get(latest.get().sessionName());
        return now == null || now.micrograms() != latest.get().prescribedMcg();
    }
}
