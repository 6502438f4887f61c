package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.clinic.db.SafeEventDao;
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.testing.MutableClock;

/**
 * Which unlock request each safe event belongs to, decided from what is stored: real requests and
 * events in a real SQLite file, through the store the safe link uses.
 */
class SafeRequestLinkerTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at(T0.toString());
    private TestDatabase db;
    private JdbiSafeEventStore store;
    private long nurse;
    private long witness;

    @BeforeEach
    void setUp() {
        db = TestDatabase.sqlite(dir);
        store = new JdbiSafeEventStore("KIOSK-1", db.transactor(), new SafeRequestLinker(Duration.ofMinutes(30)), clock);
        nurse = staff("N0042");
        witness = staff("N0107");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void linksTheEventsOfAnUnlockToItsRequestUntilTheCompartmentRelocks() {
        request("ref-1", 1, "N0042", 0, "ACCEPTED");

        assertThat(storeAt(1, SafeEventCode.UNLOCKED, 1, "N0042", 1)).isEqualTo("ref-1");
        assertThat(storeAt(2, SafeEventCode.DOOR_OPENED, 1, "N0042", 5)).isEqualTo("ref-1");
        assertThat(storeAt(3, SafeEventCode.DOOR_CLOSED, 1, "N0042", 30)).isEqualTo("ref-1");
        assertThat(storeAt(4, SafeEventCode.LOCKED, 1, "N0042", 31)).isEqualTo("ref-1");
        assertThat(storeAt(5, SafeEventCode.DOOR_OPENED, 1, "N0042", 40)).isNull();
    }

    @Test
    void anExpiredUnlockEndsItsOpening() {
        request("ref-1", 2, "N0042", 0, "ACCEPTED");

        assertThat(storeAt(1, SafeEventCode.UNLOCKED, 2, "N0042", 1)).isEqualTo("ref-1");
        assertThat(storeAt(2, SafeEventCode.UNLOCK_EXPIRED, 2, "N0042", 31)).isEqualTo("ref-1");
        assertThat(storeAt(3, SafeEventCode.HELD_OPEN, 2, "N0042", 40)).isNull();
    }

    @Test
    void doesNotLinkAnotherCompartmentAnotherOperatorOrAForcedDoor() {
        request("ref-1", 1, "N0042", 0, "ACCEPTED");

        assertThat(storeAt(1, SafeEventCode.DOOR_OPENED, 2, "N0042", 5)).isNull();
        assertThat(storeAt(2, SafeEventCode.UNLOCKED, 1, "N0999", 5)).isNull();
        assertThat(storeAt(3, SafeEventCode.FORCED_OPEN, 1, "", 5)).isNull();
        assertThat(storeAt(4, SafeEventCode.DOOR_CLOSED, 1, "", 6)).isNull();
        assertThat(storeAt(5, SafeEventCode.TAMPER, 0, "", 7)).isNull();
        assertThat(storeAt(6, SafeEventCode.UNLOCKED, 1, "n0042 ", 8)).as("operator as the safe logged it")
                .isEqualTo("ref-1");
    }

    @Test
    void doesNotLinkAnUnlockBeforeItsRequestOrAfterTheWindow() {
        request("ref-1", 1, "N0042", 0, "ACCEPTED");
        request("ref-2", 2, "N0042", 0, "ACCEPTED");

        assertThat(storeAt(1, SafeEventCode.UNLOCKED, 1, "N0042", -5)).isNull();
        assertThat(storeAt(2, SafeEventCode.UNLOCKED, 2, "N0042", 31 * 60)).isNull();
    }

    @Test
    void aRefusedOrUnsentRequestLinksNothing() {
        request("ref-1", 1, "N0042", 0, "REFUSED");
        request("ref-2", 1, "N0042", 1, "NOT_SENT");

        assertThat(storeAt(1, SafeEventCode.UNLOCKED, 1, "N0042", 2)).isNull();
    }

    @Test
    void anUnlockTakesTheAcceptedRequestBeforeOneThatGotNoReply() {
        request("ref-no-reply", 1, "N0042", 0, "NO_REPLY");
        request("ref-accepted", 1, "N0042", 10, "ACCEPTED");

        assertThat(storeAt(1, SafeEventCode.UNLOCKED, 1, "N0042", 11)).isEqualTo("ref-accepted");
    }

    @Test
    void eachRequestIsTakenByOneUnlockOnly() {
        request("ref-1", 1, "N0042", 0, "ACCEPTED");

        assertThat(storeAt(1, SafeEventCode.UNLOCKED, 1, "N0042", 1)).isEqualTo("ref-1");
        assertThat(storeAt(2, SafeEventCode.UNLOCK_EXPIRED, 1, "N0042", 31)).isEqualTo("ref-1");
        assertThat(storeAt(3, SafeEventCode.UNLOCKED, 1, "N0042", 40)).as("a second opening needs a request").isNull();
    }

    @Test
    void linksADamagedDoorClosedResentAfterLockedToItsOpening() {
        request("ref-1", 1, "N0042", 0, "ACCEPTED");
        storeAt(1, SafeEventCode.UNLOCKED, 1, "N0042", 1);
        storeAt(2, SafeEventCode.DOOR_OPENED, 1, "N0042", 5);
        storeAt(4, SafeEventCode.LOCKED, 1, "N0042", 20);

        assertThat(storeAt(3, SafeEventCode.DOOR_CLOSED, 1, "N0042", 22)).isEqualTo("ref-1");
    }

    @Test
    void linksTheEventsOfAnOpeningWhoseUnlockedArrivesLast() {
        request("ref-1", 1, "N0042", 0, "ACCEPTED");

        assertThat(storeAt(2, SafeEventCode.DOOR_OPENED, 1, "N0042", 5)).isEqualTo("ref-1");
        assertThat(storeAt(1, SafeEventCode.UNLOCKED, 1, "N0042", 6)).isEqualTo("ref-1");
        assertThat(storeAt(3, SafeEventCode.DOOR_CLOSED, 1, "N0042", 7)).isEqualTo("ref-1");
    }

    @Test
    void aResentEventIsStoredOnceWithTheLinkItFirstGot() {
        request("ref-1", 1, "N0042", 0, "ACCEPTED");
        storeAt(1, SafeEventCode.UNLOCKED, 1, "N0042", 1);

        assertThat(store.store(event(1, SafeEventCode.UNLOCKED, 1, "N0042")))
                .isEqualTo(org.openhat.devices.safe.SafeEventStore.Stored.ALREADY_STORED);
        assertThat(refOf(1)).isEqualTo("ref-1");
    }

    private void request(String ref, int compartment, String operator, int secondsAfter, String result) {
        Instant at = T0.plusSeconds(secondsAfter);
        db.transactor().inTransaction(tx -> {
            SafeRequestDao requests = tx.dao(SafeRequestDao.class);
            requests.insert(ref, "KIOSK-1", "DOSE", compartment, null, nurse, witness, operator, "N0107", at);
            return requests.answer(ref, result, null, at);
        });
    }

    /** Stores the event as received {@code secondsAfter} T0 and returns the request it was linked to. */
    private String storeAt(long number, SafeEventCode code, int compartment, String operator, int secondsAfter) {
        clock.set(T0.plusSeconds(secondsAfter));
        store.store(event(number, code, compartment, operator));
        return refOf(number);
    }

    private String refOf(long number) {
        return db.transactor().read(tx -> tx.dao(SafeEventDao.class).byNumber("KIOSK-1", 1, number))
                .orElseThrow().requestRef();
    }

    /** A member of staff for the requests to name (the hashes are never used here). */
    private long staff(String badge) {
        return db.transactor().inTransaction(tx -> tx.dao(StaffDao.class).insert("staff." + badge, badge, badge,
                "unused", null, T0, null));
    }

    private static SafeEvent event(long number, SafeEventCode code, int compartment, String operator) {
        return new SafeEvent(number, T0, code, compartment, operator);
    }
}
