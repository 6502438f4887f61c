package org.openhat.clinic.service.register.checkpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.schedule.SessionSlot;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.db.Transactor;

/**
 * Seals every ledger without being asked, so entries do not stay unsealed until a pharmacist
 * thinks to: after each session window closes, and whenever {@code every} has passed since the
 * ledger's last checkpoint (or its opening). A ledger with nothing new since its last checkpoint
 * is skipped: sealing the same entry again proves nothing more. The rule looks back from now, so
 * a sweep that runs late, or after a restart, still seals for the session that closed meanwhile.
 */
public class AutomaticCheckpoints {
    /** How far back a session close is looked for; older ones are long covered by {@code every}. */
    private static final int DAYS_BACK = 7;

    private final Transactor transactor;
    private final CheckpointService checkpoints;
    private final ClinicCalendar calendar;
    private final Duration every;
    private final Clock clock;

    public AutomaticCheckpoints(Transactor transactor, CheckpointService checkpoints, ClinicCalendar calendar,
                                Duration every, Clock clock) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("register.checkpointEvery must be positive");
        }
        this.transactor = transactor;
        this.checkpoints = checkpoints;
        this.calendar = calendar;
        this.every = every;
        this.clock = clock;
    }

    /** Seals each ledger that is due; returns how many were sealed. */
    public int sealDue() {
        Instant now = clock.instant();
        List<Ledger> ledgers = transactor.read(tx -> tx.dao(RegisterDao.class).ledgers());
        int sealed = 0;
        for (Ledger ledger : ledgers) {
            Optional<String> occasion = occasion(ledger, now);
            if (occasion.isPresent() && checkpoints.sealBySystem(ledger.id(), occasion.get()).isPresent()) {
                sealed++;
            }
        }
        return sealed;
    }

    /** Why the ledger is due a checkpoint now, or empty: nothing new, or no session closed and not yet {@code every}. */
    private Optional<String> occasion(Ledger ledger, Instant now) {
        record Seal(long seq, Instant at) {
        }
        Seal last = transactor.read(tx -> {
            long head = tx.dao(RegisterDao.class).head(ledger.id()).lastSeq();
            Seal latest = tx.dao(CheckpointDao.class).latest(ledger.id()).map(c -> new Seal(c.seq(), c.signedAt()))
                    .orElse(new Seal(0, ledger.openedAt()));
            return head > latest.seq() ? latest : null;
        });
        if (last == null) {
            return Optional.empty();
        }
        Optional<SessionSlot> closed = sessionClosedBetween(last.at(), now);
        if (closed.isPresent()) {
            return Optional.of("session " + closed.get().name() + " of " + closed.get().date() + " closed");
        }
        if (!now.isBefore(last.at().plus(every))) {
            return Optional.of(every.toHours() == 24 ? "daily" : "every " + every);
        }
        return Optional.empty();
    }

    /** The latest session window that closed after {@code since} and by {@code now} (clinic time). */
    private Optional<SessionSlot> sessionClosedBetween(Instant since, Instant now) {
        LocalDate today = calendar.clinicDate(now);
        for (LocalDate date = today; !date.isBefore(today.minusDays(DAYS_BACK)); date = date.minusDays(1)) {
            List<SessionSlot> slots = calendar.slotsOn(date);
            for (int i = slots.size() - 1; i >= 0; i--) {
                Instant closes = slots.get(i).closesAt();
                if (closes.isAfter(since) && !closes.isAfter(now)) {
                    return Optional.of(slots.get(i));
                }
            }
            if (calendar.startOf(date).isBefore(since)) {
                break;
            }
        }
        return Optional.empty();
    }
}
