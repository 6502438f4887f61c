package org.openhat.clinic.service.dispensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.dispensing.DoseWitnessRule;
import org.openhat.clinic.core.dispensing.DoseRecorded;
import org.openhat.clinic.core.dispensing.DoseRefused;
import org.openhat.clinic.core.dispensing.RecordDose;
import org.openhat.clinic.core.dosing.DoseCheckOutcome;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PatientSnapshot;
import org.openhat.clinic.core.dosing.PrescriptionVersion;
import org.openhat.clinic.core.dosing.ProposedDose;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.core.stations.SafeAvailability;
import org.openhat.clinic.db.AdministrationDao.NewAdministration;
import org.openhat.clinic.db.AdministrationDao;
import org.openhat.clinic.db.PatientDao;
import org.openhat.clinic.db.PrescriberDao;
import org.openhat.clinic.db.StationDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;
import org.openhat.clinic.service.staff.SecondSigners;

/**
 * Records a supervised injection. The dose-safety check runs again inside the same transaction as
 * the write, after the patient's row is locked, so no dose is ever recorded that the check would
 * refuse at that instant, even when two kiosks race: the second sees the first's dose. The dose's
 * register lines (administration and waste) commit in the same transaction.
 */
public class AdministrationService {
    private final Transactor transactor;
    private final SnapshotReader snapshots;
    private final DoseSafetyCheck engine;
    private final ClinicCalendar calendar;
    private final SafeAvailability safes;
    private final DoseRegisterLines register;
    private final DoseSafeOpening openings;
    private final DoseWitnessRule witnesses;
    private final Clock clock;

    public AdministrationService(Transactor transactor, SnapshotReader snapshots, DoseSafetyCheck engine,
                                 ClinicCalendar calendar, SafeAvailability safes, DoseRegisterLines register,
                                 DoseSafeOpening openings, DoseWitnessRule witnesses, Clock clock) {
        this.transactor = transactor;
        this.snapshots = snapshots;
        this.engine = engine;
        this.calendar = calendar;
        this.safes = safes;
        this.register = register;
        this.openings = openings;
        this.witnesses = witnesses;
        this.clock = clock;
    }

    public DoseRecorded record(RecordDose dose, StaffSession kiosk) {
        requireNurseAndWitnessAtAKiosk(kiosk);
        if (dose.drawn().compareTo(dose.given()) < 0) {
            throw new ValidationException("doseDrawnMg", "less was drawn up than was given");
        }
        if (!safes.isOnline(kiosk.stationId())) {
            throw new ConflictException("station",
                    "The safe at this kiosk is offline or locked out: no dose can start here until it is back");
        }
        try {
            return transactor.inTransaction(tx -> {
                AdministrationDao administrations = tx.dao(AdministrationDao.class);
                administrations.lockPatient(dose.patientId());
                Instant now = clock.instant();
                PatientSnapshot snapshot = snapshots.read(tx, dose.patientId(), now);
                DoseCheckOutcome outcome = engine.evaluate(snapshot,
                        new ProposedDose(dose.given(), Long.toString(dose.productId()), dose.route(), dose.session(),
                                dose.topUp()), dose.assessment(), now);
                refuseUnlessAllowed(dose, outcome);
                String stationCode = tx.dao(StationDao.class).findById(kiosk.stationId()).orElseThrow().code();
                openings.check(tx, dose.safeRequestRef(), stationCode, now);
                LocalDate date = calendar.clinicDate(now);
                PrescriptionVersion rx = inForce(snapshot, date);
                Milligrams prescribed = rx.dosePerSession().getOrDefault(dose.session(), Milligrams.ZERO);
                requireReasonForReduction(dose, prescribed);
                long id = administrations.insert(new NewAdministration(dose.patientId(), Long.parseLong(rx.prescriptionId()),
                        dose.productId(), date, dose.session(),
                        administrations.countInSession(dose.patientId(), date, dose.session()), dose.route().name(),
                        dose.injectionSite(), prescribed.micrograms(), dose.drawn().micrograms(), dose.given().micrograms(),
                        blankToNull(dose.reductionReason()), outcome.verdict().name(), DoseRecords.findingsText(outcome),
                        DoseRecords.assessmentText(dose.assessment()), kiosk.staff().id(), kiosk.witness().id(),
                        kiosk.stationId(), now, outcome.observationMinutes(),
                        now.plusSeconds(60L * outcome.observationMinutes()), dose.safeRequestRef()));
                register.write(tx, new DoseRegisterLines.GivenDose(id,
                        tx.dao(PatientDao.class).findById(dose.patientId()).orElseThrow(),
                        tx.dao(PrescriberDao.class).findById(Long.parseLong(rx.prescriber().id())).orElseThrow(),
                        dose.productId(), dose.drawn(), dose.given(), dose.batch(), kiosk.staff().id(),
                        kiosk.witness().id(), stationCode, dose.safeRequestRef(), now));
                Audits.record(tx, now, kiosk.staff().id(), AuditAction.DOSE_ADMINISTERED, "administration", id,
                        "witness " + kiosk.witness().id());
                return new DoseRecorded(id, now, now.plusSeconds(60L * outcome.observationMinutes()), outcome);
            });
        } catch (RuntimeException e) {
            // The unique index on the dose's safe opening: another kiosk's dose took it first.
            if (DoseRecords.isUniqueViolation(e) && DoseRecords.mentions(e, "safe_request_ref")) {
                throw new ConflictException(DoseSafeOpening.FIELD, "that safe opening has just supplied another dose: "
                        + "open the safe again for this one");
            }
            // The unique (patient, date, session, dose number) index: another kiosk won the race.
            if (DoseRecords.isUniqueViolation(e)) {
                throw new ConflictException("session", "another kiosk has just recorded a dose for this patient and session");
            }
            throw e;
        }
    }

    private void requireNurseAndWitnessAtAKiosk(StaffSession kiosk) {
        if (kiosk.kind() != SessionKind.KIOSK || kiosk.stationId() == null) {
            throw new ValidationException("station", "doses are recorded at a dispensing kiosk");
        }
        if (!kiosk.hasWitness()) {
            throw new ValidationException(SecondSigners.FIELD, "a second member of staff must witness the dose");
        }
        // Whether they signed in beside the nurse or signed this dose in the request, the same rule.
        if (!witnesses.admits(kiosk.witness())) {
            throw new ValidationException(SecondSigners.FIELD, witnesses.refusal());
        }
    }

    private static void refuseUnlessAllowed(RecordDose dose, DoseCheckOutcome outcome) {
        if (!outcome.allowsDose()) {
            throw new DoseRefused("The dose-safety check does not allow this dose now: " + outcome.verdict(), outcome);
        }
        if (dose.given().isGreaterThan(outcome.maxAllowed())) {
            throw new DoseRefused("At most " + outcome.maxAllowed() + " may be given now", outcome);
        }
    }

    private static void requireReasonForReduction(RecordDose dose, Milligrams prescribed) {
        if (!dose.topUp() && prescribed.isGreaterThan(dose.given()) && blankToNull(dose.reductionReason()) == null) {
            throw new ValidationException("reductionReason", "give the reason the dose is less than prescribed ("
                    + prescribed + ")");
        }
    }

    /** The newest version in force on the clinic date; the engine has already refused when there is none. */
    private static PrescriptionVersion inForce(PatientSnapshot snapshot, LocalDate date) {
        return snapshot.prescriptions().stream().filter(v -> v.inForceOn(date))
                .max(java.util.Comparator.comparingInt(PrescriptionVersion::version))
                .orElseThrow(() -> new IllegalStateException("an allowed dose must have a prescription in force"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
