package org.openhat.clinic.service.dispensing;

import java.time.Clock;
import java.time.Instant;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.dispensing.CheckedThisSession;
import org.openhat.clinic.core.dosing.DoseCheckOutcome;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.ProposedDose;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nurse's "may I give this?" at the kiosk. Advisory: the same check runs again, inside the
 * transaction that records the dose, and that one decides. Fails closed: if the patient's record
 * cannot be read (a database timeout, a broken row) the answer is WITHHOLD, never ALLOW.
 */
public class DoseCheckService {
    private static final Logger LOG = LoggerFactory.getLogger(DoseCheckService.class);

    private final Transactor transactor;
    private final SnapshotReader snapshots;
    private final DoseSafetyCheck engine;
    private final ClinicCalendar calendar;
    private final CheckedThisSession checked;
    private final Clock clock;

    public DoseCheckService(Transactor transactor, SnapshotReader snapshots, DoseSafetyCheck engine,
                            ClinicCalendar calendar, CheckedThisSession checked, Clock clock) {
        this.transactor = transactor;
        this.snapshots = snapshots;
        this.engine = engine;
        this.calendar = calendar;
        this.checked = checked;
        this.clock = clock;
    }

    public DoseCheckOutcome check(long patientId, ProposedDose proposed, PreDoseAssessment assessment) {
        Instant now = clock.instant();
        try {
            DoseCheckOutcome outcome = transactor.read(tx ->
                    engine.evaluate(snapshots.read(tx, patientId, now), proposed, assessment, now));
            checked.remember(patientId, calendar.clinicDate(now), proposed.session(), outcome.verdict());
            return outcome;
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Dose check for patient {} failed closed: {}", patientId, e.getClass().getSimpleName(), e);
            return DoseCheckOutcome.failClosed("the patient's record could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
