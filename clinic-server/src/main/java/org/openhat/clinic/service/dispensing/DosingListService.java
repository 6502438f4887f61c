package org.openhat.clinic.service.dispensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openhat.clinic.core.dispensing.CheckedThisSession;
import org.openhat.clinic.core.dispensing.DosingListEntry;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.prescriptions.Prescription;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.AdministrationDao;
import org.openhat.clinic.db.AdministrationRow;
import org.openhat.clinic.db.PatientDao;
import org.openhat.clinic.db.PatientRow;
import org.openhat.clinic.db.PrescriptionDao;
import org.openhat.clinic.db.SessionOutcomeDao;
import org.openhat.clinic.db.SessionOutcomeRow;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.prescriptions.Prescriptions;

/** Who is due in a session, what they are prescribed, and where each stands. */
public class DosingListService {
    private static final int MISSED_DAYS_LOOKBACK = 30;

    private final Transactor transactor;
    private final ClinicCalendar calendar;
    private final CheckedThisSession checked;
    private final Clock clock;

    public DosingListService(Transactor transactor, ClinicCalendar calendar, CheckedThisSession checked, Clock clock) {
        this.transactor = transactor;
        this.calendar = calendar;
        this.checked = checked;
        this.clock = clock;
    }

    public List<DosingListEntry> list(LocalDate date, String session) {
        Instant now = clock.instant();
        return transactor.read(tx -> {
            Map<Long, List<AdministrationRow>> given = tx.dao(AdministrationDao.class).onDate(date).stream()
                    .filter(a -> a.sessionName().equals(session))
                    .collect(Collectors.groupingBy(AdministrationRow::patientId));
            Map<Long, SessionOutcomeRow> outcomes = tx.dao(SessionOutcomeDao.class).onDate(date).stream()
                    .filter(o -> o.sessionName().equals(session))
                    .collect(Collectors.toMap(SessionOutcomeRow::patientId, o -> o, (a, b) -> a));
            List<DosingListEntry> entries = new ArrayList<>();
            for (PatientRow patient : tx.dao(PatientDao.class).list("ACTIVE")) {
                List<Prescription> prescriptions = signedBy(tx, patient.id(), now);
                Optional<Milligrams> prescribed = inForce(prescriptions, date)
                        .map(rx -> rx.dosePerSession().get(session));
                if (prescribed.isPresent()) {
                    entries.add(entry(tx, patient, prescriptions, prescribed.get(),
                            given.getOrDefault(patient.id(), List.of()), outcomes.get(patient.id()), date, session, now));
                }
            }
            return entries;
        });
    }

    private DosingListEntry entry(Transactor.Tx tx, PatientRow patient, List<Prescription> prescriptions,
                                  Milligrams prescribed, List<AdministrationRow> doses, SessionOutcomeRow outcome,
                                  LocalDate date, String session, Instant now) {
        String name = patient.givenName() + " " + patient.familyName();
        int missed = consecutiveMissedDays(tx, patient.id(), prescriptions, date);
        if (!doses.isEmpty()) {
            AdministrationRow last = doses.get(doses.size() - 1);
            Milligrams total = doses.stream().map(d -> new Milligrams(d.givenMcg())).reduce(Milligrams.ZERO, Milligrams::plus);
            String state = last.dischargedAt() != null ? "DISCHARGED"
                    : now.isBefore(last.observeUntil()) ? "IN_OBSERVATION"
                    : prescribed.isGreaterThan(total) ? "REDUCED" : "GIVEN";
            return new DosingListEntry(patient.id(), name, prescribed, state, last.id(), total,
                    last.dischargedAt() == null ? last.observeUntil() : null, missed, last.reductionReason(), null);
        }
        if (outcome != null) {
            return new DosingListEntry(patient.id(), name, prescribed, outcome.outcome(), null, null, null, missed,
                    outcome.reason(), null);
        }
        Optional<String> lastCheck = checked.verdict(patient.id(), date, session).map(Enum::name);
        return new DosingListEntry(patient.id(), name, prescribed, lastCheck.isPresent() ? "CHECKED" : "DUE", null, null,
                null, missed, null, lastCheck.orElse(null));
    }

    /** The dose prescribed for this session on this date, by the newest version signed by {@code asOf}. */
    static Optional<Milligrams> prescribedDose(Transactor.Tx tx, long patientId, LocalDate date, String session,
                                               Instant asOf) {
        return inForce(signedBy(tx, patientId, asOf), date).map(rx -> rx.dosePerSession().get(session));
    }

    /** The versions already in effect at an instant, newest first: a change signed for later is not shown yet. */
    static List<Prescription> signedBy(Transactor.Tx tx, long patientId, Instant asOf) {
        PrescriptionDao dao = tx.dao(PrescriptionDao.class);
        return Prescriptions.load(dao, dao.effectiveAt(patientId, asOf));
    }

    static Optional<Prescription> inForce(List<Prescription> newestFirst, LocalDate date) {
        return newestFirst.stream()
                .filter(rx -> !rx.startDate().isAfter(date) && (rx.endDate() == null || !rx.endDate().isBefore(date)))
                .findFirst();
    }

    /** Clinic days before {@code date}, counting back, on which the patient was prescribed a dose and had none. */
    int consecutiveMissedDays(Transactor.Tx tx, long patientId, List<Prescription> prescriptions, LocalDate date) {
        Set<LocalDate> dosed = tx.dao(AdministrationDao.class)
                .since(patientId, calendar.startOf(date.minusDays(MISSED_DAYS_LOOKBACK))).stream()
                .map(AdministrationRow::clinicDate).collect(Collectors.toSet());
        int missed = 0;
        for (LocalDate day = date.minusDays(1); day.isAfter(date.minusDays(MISSED_DAYS_LOOKBACK)); day = day.minusDays(1)) {
            if (dosed.contains(day) || inForce(prescriptions, day).isEmpty()) {
                break;
            }
            if (!calendar.slotsOn(day).isEmpty()) {
                missed++;
            }
        }
        return missed;
    }
}
