package org.openhat.clinic.service.register.safe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.register.EntryKind;
import org.openhat.clinic.core.register.safe.EntryNeedingSafe;
import org.openhat.clinic.core.register.safe.ReconciliationReport;
import org.openhat.clinic.core.register.safe.SafeEvent;
import org.openhat.clinic.core.register.safe.SafeReconciliation;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.db.SafeEventDao;
import org.openhat.clinic.db.Transactor;

/** Builds the safe-against-register report from whatever safe events have been stored. */
public class ReconciliationService {
    private static final Duration LONGEST_PERIOD = Duration.ofDays(31);

    private final Transactor transactor;
    private final Duration window;
    private final Clock clock;

    public ReconciliationService(Transactor transactor, Duration window, Clock clock) {
        this.transactor = transactor;
        this.window = window;
        this.clock = clock;
    }

    public ReconciliationReport report(Instant from, Instant to) {
        Instant until = to == null ? clock.instant() : to;
        Instant since = from == null ? until.minus(Duration.ofDays(1)) : from;
        if (!since.isBefore(until) || Duration.between(since, until).compareTo(LONGEST_PERIOD) > 0) {
            throw new ValidationException("from", "the period must be positive and at most 31 days");
        }
        List<String> kinds = Arrays.stream(EntryKind.values()).filter(EntryKind::needsSafe).map(Enum::name).toList();
        return transactor.readSnapshot(tx -> {
            // One snapshot, so the safe's events and the register's entries are of the same moment, and no
            // write lock. Events either side of the period, so an entry at its edge still finds its opening.
            List<SafeEvent> events = tx.dao(SafeEventDao.class).between(since.minus(window), until.plus(window));
            List<EntryNeedingSafe> entries = tx.dao(RegisterDao.class).entriesOfKinds(since, until, kinds).stream()
                    .map(EntryNeedingSafe::of).toList();
            return SafeReconciliation.reconcile(events, entries, since, until, window);
        });
    }
}
