package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.register.safe.SafeEvent;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.clinic.db.SafeEventDao;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.safe.SafeEventCode;

/** The safe's events in the register's {@code safe_event} table, on SQLite and PostgreSQL. */
class JdbiSafeEventStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    static List<TestDatabase.Backend> backends() {
        return TestDatabase.backends().toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void storesEachEventOnceHoweverOftenTheSafeSendsIt(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            JdbiSafeEventStore store = store(db, "KIOSK-1", new SafeRequestLinker(Duration.ofMinutes(30)));
            assertThat(store.lastStoredEventNumber()).isZero();

            store.store(event(1, SafeEventCode.POWER_RESTORED, 0, ""));
            store.store(event(2, SafeEventCode.TAMPER, 0, ""));
            store.store(event(2, SafeEventCode.TAMPER, 0, ""));
            store.store(event(1, SafeEventCode.POWER_RESTORED, 0, ""));

            assertThat(stored(db)).extracting(SafeEvent::safeEventNumber).containsExactly(1L, 2L);
            assertThat(stored(db)).extracting(SafeEvent::code)
                    .containsExactly(SafeEventCode.POWER_RESTORED, SafeEventCode.TAMPER);
            assertThat(store.lastStoredEventNumber()).isEqualTo(2);
            assertThat(store(db, "KIOSK-2", new SafeRequestLinker(Duration.ofMinutes(30))).lastStoredEventNumber())
                    .as("each safe numbers its own events").isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void storesTheEventsOfAnUnlockWithItsRequestRef(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            SafeRequestLinker linker = new SafeRequestLinker(Duration.ofMinutes(30));
            linker.open("ref-7", 1, "N0042", T0.minusSeconds(1));
            JdbiSafeEventStore store = store(db, "KIOSK-1", linker);

            store.store(event(5, SafeEventCode.UNLOCKED, 1, "N0042"));
            store.store(event(6, SafeEventCode.DOOR_OPENED, 1, "N0042"));
            store.store(event(7, SafeEventCode.DOOR_CLOSED, 1, "N0042"));
            store.store(event(8, SafeEventCode.LOCKED, 1, "N0042"));
            store.store(event(9, SafeEventCode.FORCED_OPEN, 2, ""));

            assertThat(stored(db)).extracting(SafeEvent::requestRef)
                    .containsExactly("ref-7", "ref-7", "ref-7", "ref-7", null);
            assertThat(stored(db).get(0).operator()).isEqualTo("N0042");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aCodeThisServerDoesNotKnowIsKeptByNumberAndReadsBackAsUnknown(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            JdbiSafeEventStore store = store(db, "KIOSK-1", new SafeRequestLinker(Duration.ofMinutes(30)));

            store.store(new org.openhat.devices.safe.SafeEvent(3, T0, 12, 1, ""));

            String kept = db.jdbi().withHandle(h -> h.createQuery("SELECT code FROM safe_event").mapTo(String.class).one());
            assertThat(kept).isEqualTo("CODE_12");
            assertThat(stored(db)).extracting(SafeEvent::code).containsExactly(SafeEventCode.UNKNOWN);
        }
    }

    private static JdbiSafeEventStore store(TestDatabase db, String station, SafeRequestLinker linker) {
        return new JdbiSafeEventStore(station, db.transactor(), linker, Clock.fixed(T0, java.time.ZoneOffset.UTC));
    }

    private static List<SafeEvent> stored(TestDatabase db) {
        return db.transactor().inTransaction(tx -> tx.dao(SafeEventDao.class)
                .between(T0.minusSeconds(3600), T0.plusSeconds(3600)));
    }

    private static org.openhat.devices.safe.SafeEvent event(long number, SafeEventCode code, int compartment,
                                                            String operator) {
        return new org.openhat.devices.safe.SafeEvent(number, T0, code, compartment, operator);
    }
}
