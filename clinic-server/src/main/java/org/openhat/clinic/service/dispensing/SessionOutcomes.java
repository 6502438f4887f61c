package org.openhat.clinic.service.dispensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.schedule.SessionSlot;
import org.openhat.clinic.db.AdministrationDao;
import org.openhat.clinic.db.PatientDao;
import org.openhat.clinic.db.PatientRow;
import org.openhat.clinic.db.SessionOutcomeDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions that end without a dose. A nurse withholds with a reason; when a session window closes,
 * every patient still due is marked missed, which is what the missed-days rules count.
 */
public class SessionOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(SessionOutcomes.class);

    private final Transactor transactor;
    private final ClinicCalendar calendar;
    private final Clock clock;

    public SessionOutcomes(Transactor transactor, ClinicCalendar calendar, Clock clock) {
        this.transactor = transactor;
        this.calendar = calendar;
        this.clock = clock;
    }

    public void withhold(long patientId, String session, String reason, long nurseId) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "say why the dose is withheld");
        }
        Instant now = clock.instant();
        LocalDate date = calendar.clinicDate(now);
        checkIsSessionOn(date, session);
        transactor.inTransaction(tx -> {
            if (tx.dao(AdministrationDao.class).lockPatient(patientId) == 0) {
                throw new ValidationException("patientId", "there is no patient with this id");
            }
            if (tx.dao(AdministrationDao.class).countInSession(patientId, date, session) > 0) {
                throw new ConflictException("session", "a dose has already been given this session");
            }
            if (tx.dao(SessionOutcomeDao.class).count(patientId, date, session) > 0) {
                throw new ConflictException("session", "this session is already recorded as withheld or missed");
            }
            tx.dao(SessionOutcomeDao.class).insert(patientId, date, session, "WITHHELD", reason.strip(), now, nurseId);
            Audits.record(tx, now, nurseId, AuditAction.DOSE_WITHHELD, "patient", patientId, session + " " + date);
            return null;
        });
    }

    /** A withholding is for one of today's sessions; any other name would sit on no dosing list. */
    private void checkIsSessionOn(LocalDate date, String session) {
        List<String> sessions = calendar.slotsOn(date).stream().map(SessionSlot::name).toList();
        if (sessions.isEmpty()) {
            throw new ValidationException("session", "the clinic has no dosing session today");
        }
        if (!sessions.contains(session)) {
            throw new ValidationException("session", "is not one of today's sessions (" + String.join(", ", sessions) + ")");
        }
    }

    /** Marks missed every due patient of every session (today's or yesterday's) whose window has closed. */
    public int closeEndedSessions() {
        Instant now = clock.instant();
        LocalDate today = calendar.clinicDate(now);
        int marked = 0;
        for (LocalDate date : new LocalDate[] {today.minusDays(1), today}) {
            for (SessionSlot slot : calendar.slotsOn(date)) {
                if (!slot.closesAt().isAfter(now)) {
                    marked += markMissed(date, slot.name(), now);
                }
            }
        }
        if (marked > 0) {
            LOG.info("Marked {} session(s) missed after their windows closed", marked);
        }
        return marked;
    }

    private int markMissed(LocalDate date, String session, Instant now) {
        // Looked for first without the write lock: once a session is marked, every later minute
        // finds nobody, and dosing at the kiosks never waits behind this sweep.
        if (transactor.read(tx -> dueWithNothingRecorded(tx, date, session, now)).isEmpty()) {
            return 0;
        }
        return transactor.inTransaction(tx -> {
            List<Long> missed = dueWithNothingRecorded(tx, date, session, now);
            for (long patientId : missed) {
                tx.dao(SessionOutcomeDao.class).insert(patientId, date, session, "MISSED",
                        "no dose before the session closed", now, null);
            }
            return missed.size();
        });
    }

    /** Active patients due a dose in that session with neither a dose nor an outcome recorded. */
    private static List<Long> dueWithNothingRecorded(Transactor.Tx tx, LocalDate date, String session, Instant now) {
        List<Long> patients = new ArrayList<>();
        for (PatientRow patient : tx.dao(PatientDao.class).list("ACTIVE")) {
            boolean due = DosingListService.prescribedDose(tx, patient.id(), date, session, now).isPresent();
            if (due && tx.dao(AdministrationDao.class).countInSession(patient.id(), date, session) == 0
                    && tx.dao(SessionOutcomeDao.class).count(patient.id(), date, session) == 0) {
                patients.add(patient.id());
            }
        }
        return patients;
    }
}
