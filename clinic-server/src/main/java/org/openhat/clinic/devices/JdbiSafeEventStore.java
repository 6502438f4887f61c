package org.openhat.clinic.devices;

import java.time.Clock;
import java.time.Instant;
import org.openhat.clinic.core.Transactor;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.clinic.db.SafeEventDao;
import org.openhat.clinic.db.StoredSafeEventCode;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafeEventStore;

/**
 * One station's safe events in the {@code safe_event} table, each stored once however often the
 * safe sends it, with the reference of the unlock request it follows. Runs on the safe link's
 * thread before the event is acknowledged: one short insert, nothing else.
 */
public final class JdbiSafeEventStore implements SafeEventStore {
    private final String stationCode;
    private final Transactor transactor;
    private final SafeRequestLinker linker;
    private final Clock clock;

    public JdbiSafeEventStore(String stationCode, Transactor transactor, SafeRequestLinker linker, Clock clock) {
        this.stationCode = stationCode;
        this.transactor = transactor;
        this.linker = linker;
        this.clock = clock;
    }

    @Override
    public long lastStoredEventNumber() {
        return transactor.read(tx -> tx.dao(SafeEventDao.class).lastNumber(stationCode)).orElse(0L);
    }

    @Override
    public void store(SafeEvent event) {
        Instant receivedAt = clock.instant();
        String ref = linker.linkFor(event, receivedAt).orElse(null);
        int inserted = transactor.inTransaction(tx -> tx.dao(SafeEventDao.class).insertIfAbsent(stationCode,
                event.number(), event.safeTime(), receivedAt, StoredSafeEventCode.of(event), event.compartment(),
                event.operator().isEmpty() ? null : event.operator(), ref));
        if (inserted == 1) {
            linker.stored(event, ref);
        }
    }
}
