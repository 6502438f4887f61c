package org.openhat.clinic.service.prescriptions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.prescribers.Prescriber;
import org.openhat.clinic.core.prescriptions.NewPrescription;
import org.openhat.clinic.core.prescriptions.Prescription;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.PatientDao;
import org.openhat.clinic.db.PatientRow;
import org.openhat.clinic.db.PrescriberDao;
import org.openhat.clinic.db.PrescriptionDao;
import org.openhat.clinic.db.ProductDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

/**
 * Prescribing and changing injectable diamorphine. Every change is a new version from an instant;
 * the hard ceilings are refused here, and the titration rules are enforced again at every dose.
 */
public class PrescriptionService {
    /** A little leeway for a prescriber's clock; anything earlier would rewrite what nurses already saw. */
    private static final Duration BACKDATING_TOLERANCE = Duration.ofMinutes(5);

    private final Transactor transactor;
    private final DosingParameters parameters;
    private final ClinicCalendar calendar;
    private final String premises;
    private final Clock clock;

    public PrescriptionService(Transactor transactor, DosingParameters parameters, ClinicCalendar calendar,
                               String premises, Clock clock) {
        this.transactor = transactor;
        this.parameters = parameters;
        this.calendar = calendar;
        this.premises = premises;
        this.clock = clock;
    }

    /** The new version, and advisories the prescriber should see (never silently). */
    public record Prescribed(Prescription prescription, List<String> advisories) {
    }

    public Prescribed prescribe(NewPrescription rx, long prescriberStaffId) {
        Instant now = clock.instant();
        Instant effectiveFrom = rx.effectiveFrom() == null ? now : rx.effectiveFrom();
        if (effectiveFrom.isBefore(now.minus(BACKDATING_TOLERANCE))) {
            throw new ValidationException("effectiveFrom", "a prescription cannot take effect in the past");
        }
        validateDoses(rx);
        return transactor.inTransaction(tx -> {
            PatientRow patient = tx.dao(PatientDao.class).findById(rx.patientId())
                    .orElseThrow(() -> new NotFoundException("patient", rx.patientId()));
            if (PatientStatus.valueOf(patient.status()) == PatientStatus.DISCHARGED) {
                throw new ValidationException("patientId", "the patient has been discharged");
            }
            tx.dao(ProductDao.class).findById(rx.productId())
                    .orElseThrow(() -> new ValidationException("productId", "no such product"));
            Prescriber prescriber = tx.dao(PrescriberDao.class).findByStaffId(prescriberStaffId)
                    .orElseThrow(() -> new ValidationException("prescriber", "you are not registered as a prescriber"));
            LocalDate from = calendar.clinicDate(effectiveFrom).isAfter(rx.startDate())
                    ? calendar.clinicDate(effectiveFrom) : rx.startDate();
            if (!prescriber.licensedFor(premises, from)) {
                throw new ValidationException("prescriber", prescriber.medical()
                        ? "your Home Office licence does not cover these premises on that date"
                        : "non-medical prescribers cannot prescribe diamorphine for addiction");
            }
            PrescriptionDao prescriptions = tx.dao(PrescriptionDao.class);
            int version = prescriptions.latestVersion(rx.patientId()) + 1;
            long id = prescriptions.insert(rx.patientId(), version, prescriber.id(), rx.productId(),
                    Prescriptions.routesText(rx.routes()), rx.sessionsPerDay(), rx.startDate(), rx.endDate(),
                    rx.oralMethadonePerDay() == null ? null : rx.oralMethadonePerDay().micrograms(), rx.inTitration(),
                    effectiveFrom, rx.changeReason(), now, prescriberStaffId);
            rx.dosePerSession().forEach((session, dose) -> prescriptions.insertDose(id, session, dose.micrograms()));
            Audits.record(tx, now, prescriberStaffId, AuditAction.PRESCRIPTION_SIGNED, "patient", rx.patientId(),
                    "version " + version);
            Prescription saved = Prescriptions.load(prescriptions, List.of(prescriptions.findById(id).orElseThrow())).get(0);
            return new Prescribed(saved, advisories(saved));
        });
    }

    private void validateDoses(NewPrescription rx) {
        if (rx.routes() == null || rx.routes().isEmpty()) {
            throw new ValidationException("routes", "at least one route is required");
        }
        if (!parameters.allowedRoutes().containsAll(rx.routes())) {
            throw new ValidationException("routes", "only " + parameters.allowedRoutes() + " are allowed");
        }
        if (rx.sessionsPerDay() < 1 || rx.sessionsPerDay() > parameters.maxDosesPerDay()) {
            throw new ValidationException("sessionsPerDay", "must be between 1 and " + parameters.maxDosesPerDay());
        }
        if (rx.dosePerSession() == null || rx.dosePerSession().size() != rx.sessionsPerDay()) {
            throw new ValidationException("dosesMg", "give one dose for each of the " + rx.sessionsPerDay() + " sessions");
        }
        Milligrams single = Milligrams.of(parameters.maxSingleDoseMg());
        for (Map.Entry<String, Milligrams> dose : rx.dosePerSession().entrySet()) {
            if (calendar.scheduleFor(rx.startDate()).session(dose.getKey()).isEmpty()
                    && calendar.slotsOn(rx.startDate()).stream().noneMatch(s -> s.name().equals(dose.getKey()))) {
                throw new ValidationException("dosesMg", "there is no session called " + dose.getKey());
            }
            if (dose.getValue().isZero() || dose.getValue().isGreaterThan(single)) {
                throw new ValidationException("dosesMg", "each dose must be more than 0 and at most " + single);
            }
        }
        Milligrams daily = rx.dosePerSession().values().stream().reduce(Milligrams.ZERO, Milligrams::plus);
        if (daily.isGreaterThan(Milligrams.of(parameters.maxDailyInjectableMg()))) {
            throw new ValidationException("dosesMg", "the daily total " + daily + " is above the ceiling of "
                    + parameters.maxDailyInjectableMg() + " mg");
        }
        if (rx.oralMethadonePerDay() != null
                && rx.oralMethadonePerDay().isGreaterThan(Milligrams.of(parameters.maxDailyOralMethadoneMg()))) {
            throw new ValidationException("oralMethadoneMgPerDay", "above the ceiling of "
                    + parameters.maxDailyOralMethadoneMg() + " mg a day");
        }
        if (rx.endDate() != null && rx.endDate().isBefore(rx.startDate())) {
            throw new ValidationException("endDate", "is before the start date");
        }
    }

    private List<String> advisories(Prescription rx) {
        List<String> advisories = new ArrayList<>();
        if (rx.dailyTotal().isGreaterThan(Milligrams.of(parameters.dailyDoseAdvisoryMg()))) {
            advisories.add("Daily dose " + rx.dailyTotal() + " is above " + parameters.dailyDoseAdvisoryMg()
                    + " mg, where injected diamorphine is known to be less effective");
        }
        return advisories;
    }

    public List<Prescription> history(long patientId) {
        return transactor.read(tx -> {
            PrescriptionDao prescriptions = tx.dao(PrescriptionDao.class);
            return Prescriptions.load(prescriptions, prescriptions.history(patientId));
        });
    }

    public void recordReview(long patientId, String note, long prescriberStaffId) {
        Instant now = clock.instant();
        transactor.inTransaction(tx -> {
            tx.dao(PatientDao.class).findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
            tx.dao(PrescriptionDao.class).insertReview(patientId, now, prescriberStaffId, note);
            Audits.record(tx, now, prescriberStaffId, AuditAction.PRESCRIBER_REVIEW, "patient", patientId, null);
            return null;
        });
    }
}
