package org.openhat.clinic.devices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openhat.clinic.core.stations.SafeAlerts;
import org.openhat.clinic.core.stations.SafeLog;
import org.openhat.clinic.core.stations.SafeNumberingRestart;
import org.openhat.clinic.core.stations.SafeRequest;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.clinic.db.SafeEventDao;
import org.openhat.clinic.db.SafeNumberingDao;
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.db.StoredSafeEventCode;
import org.openhat.clinic.db.Transactor;
import org.openhat.devices.safe.NumberingRestart;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventStore;

/**
 * One station's safe events in the {@code safe_event} table, each stored once however often the
 * safe sends it, with the reference of the unlock request it belongs to ({@link SafeRequestLinker}),
 * under the safe's current numbering. Runs on the safe link's thread before the event is
 * acknowledged: one short transaction that looks at what is stored and inserts.
 */
public final class JdbiSafeEventStore implements SafeEventStore, SafeAlerts {
    private final String stationCode;
    private final Transactor transactor;
    private final SafeRequestLinker linker;
    private final Clock clock;
    /** The current numbering and its last restart; read once, then kept here (only this store changes them). */
    private volatile Optional<SafeNumberingRestart> lastRestart;

    public JdbiSafeEventStore(String stationCode, Transactor transactor, SafeRequestLinker linker, Clock clock) {
        this.stationCode = stationCode;
        this.transactor = transactor;
        this.linker = linker;
        this.clock = clock;
    }

    @Override
    public long lastStoredEventNumber() {
        int numbering = numbering();
        return transactor.read(tx -> tx.dao(SafeEventDao.class).lastNumber(stationCode, numbering)).orElse(0L);
    }

    @Override
    public Stored store(SafeEvent event) {
        Instant receivedAt = clock.instant();
        int numbering = numbering();
        return transactor.inTransaction(tx -> {
            SafeEventDao events = tx.dao(SafeEventDao.class);
            Optional<org.openhat.clinic.core.register.safe.SafeEvent> earlier =
                    events.byNumber(stationCode, numbering, event.number());
            if (earlier.isPresent()) {
                return sameEvent(earlier.get(), event) ? Stored.ALREADY_STORED : Stored.NUMBER_TAKEN;
            }
            String ref = linker.linkFor(event, receivedAt, new StoredLog(tx, numbering)).orElse(null);
            events.insertIfAbsent(stationCode, numbering, event.number(), event.safeTime(), receivedAt,
                    StoredSafeEventCode.of(event), event.compartment(),
                    event.operator().isEmpty() ? null : event.operator(), ref);
            return Stored.NEW;
        });
    }

    @Override
    public void numberingRestarted(NumberingRestart restart) {
        SafeNumberingRestart next = new SafeNumberingRestart(stationCode, numbering() + 1, clock.instant(),
                restart.cause().name(), restart.lastStoredNumber(), restart.safeNumber());
        transactor.inTransaction(tx -> {
            tx.dao(SafeNumberingDao.class).insert(next.stationCode(), next.numbering(), next.detectedAt(), next.cause(),
                    next.lastStoredNumber(), next.safeNumber());
            return null;
        });
        lastRestart = Optional.of(next);
    }

    @Override
    public Optional<SafeNumberingRestart> lastNumberingRestart() {
        Optional<SafeNumberingRestart> known = lastRestart;
        if (known == null) {
            known = transactor.read(tx -> tx.dao(SafeNumberingDao.class).latest(stationCode));
            lastRestart = known;
        }
        return known;
    }

    private int numbering() {
        return lastNumberingRestart().map(SafeNumberingRestart::numbering).orElse(1);
    }

    /** A resend is the same event; a different one under a stored number means the numbering restarted. */
    private static boolean sameEvent(org.openhat.clinic.core.register.safe.SafeEvent stored, SafeEvent event) {
        return stored.safeTime().equals(event.safeTime()) && stored.code() == event.kind()
                && stored.compartment() == event.compartment()
                && Objects.equals(Objects.requireNonNullElse(stored.operator(), ""), event.operator());
    }

    /** The station's stored events and requests, read inside the storing transaction. */
    private final class StoredLog implements SafeLog {
        private final Transactor.Tx tx;
        private final int numbering;

        StoredLog(Transactor.Tx tx, int numbering) {
            this.tx = tx;
            this.numbering = numbering;
        }

        @Override
        public Optional<StoredUnlock> unlockBefore(int compartment, long number) {
            SafeEventDao events = tx.dao(SafeEventDao.class);
            return events.unlockBefore(stationCode, numbering, compartment, number).map(u -> new StoredUnlock(
                    u.safeEventNumber(), Objects.requireNonNullElse(u.operator(), ""), u.requestRef(),
                    events.closingsBetween(stationCode, numbering, compartment, u.safeEventNumber(), number) > 0));
        }

        @Override
        public List<SafeRequest> awaitingUnlock(int compartment, Instant from, Instant to) {
            return tx.dao(SafeRequestDao.class).awaitingUnlock(stationCode, compartment, from, to);
        }
    }
}
