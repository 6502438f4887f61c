package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.safe.NumberingRestart;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafeEventStore.Stored;

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
            acceptedRequest(db, "ref-7", 1, "N0042", T0.minusSeconds(1));
            JdbiSafeEventStore store = store(db, "KIOSK-1", new SafeRequestLinker(Duration.ofMinutes(30)));

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
    void aRestartedNumberingStoresTheSafesNewEventsBesideTheOldOnes(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            JdbiSafeEventStore store = store(db, "KIOSK-1", new SafeRequestLinker(Duration.ofMinutes(30)));
            store.store(event(1, SafeEventCode.POWER_RESTORED, 0, ""));
            store.store(event(2, SafeEventCode.TAMPER, 0, ""));
            store.store(event(3, SafeEventCode.POWER_RESTORED, 0, ""));

            org.openhat.devices.safe.SafeEvent newFirst = new org.openhat.devices.safe.SafeEvent(1, T0.plusSeconds(60),
                    SafeEventCode.POWER_RESTORED, 0, "");
            assertThat(store.store(event(1, SafeEventCode.POWER_RESTORED, 0, ""))).isEqualTo(Stored.ALREADY_STORED);
            assertThat(store.store(newFirst)).isEqualTo(Stored.NUMBER_TAKEN);
            store.numberingRestarted(new NumberingRestart(NumberingRestart.Cause.EVENT_DIFFERS, 3, 1));
            assertThat(store.store(newFirst)).isEqualTo(Stored.NEW);

            assertThat(stored(db)).extracting(SafeEvent::numbering, SafeEvent::safeEventNumber)
                    .containsExactly(tuple(1, 1L), tuple(1, 2L), tuple(1, 3L), tuple(2, 1L));
            assertThat(store.lastStoredEventNumber()).isEqualTo(1);
            JdbiSafeEventStore afterARestartOfTheServer = store(db, "KIOSK-1",
                    new SafeRequestLinker(Duration.ofMinutes(30)));
            assertThat(afterARestartOfTheServer.lastStoredEventNumber()).isEqualTo(1);
            assertThat(afterARestartOfTheServer.lastNumberingRestart()).hasValueSatisfying(r -> {
                assertThat(r.numbering()).isEqualTo(2);
                assertThat(r.cause()).isEqualTo("EVENT_DIFFERS");
                assertThat(r.lastStoredNumber()).isEqualTo(3);
                assertThat(r.detectedAt()).isEqualTo(T0);
            });
            assertThat(store(db, "KIOSK-2", new SafeRequestLinker(Duration.ofMinutes(30))).lastNumberingRestart())
                    .isEmpty();
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

    private static void acceptedRequest(TestDatabase db, String ref, int compartment, String operator, Instant at) {
        db.transactor().inTransaction(tx -> {
            long nurse = tx.dao(StaffDao.class).insert("nurse", "Nurse", operator, "unused", null, at, null);
            long witness = tx.dao(StaffDao.class).insert("witness", "Witness", "N0107", "unused", null, at, null);
            tx.dao(SafeRequestDao.class).insert(ref, "KIOSK-1", "DOSE", compartment, null, nurse, witness, operator,
                    "N0107", at);
            return tx.dao(SafeRequestDao.class).answer(ref, "ACCEPTED", null, at);
        });
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
