package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.core.stations.SafePurpose;
import org.openhat.clinic.core.stations.SafeRequest;
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.service.stations.SafeUnlockService;
import org.openhat.clinic.service.stations.StationService;
import org.openhat.clinic.testing.SimulatedKioskSafe;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafeLinkController;
import org.openhat.devices.safe.SafeMessageType;
import org.openhat.devices.serial.InMemoryPipe;
import org.openhat.devices.sim.SafeSimulator;
import org.openhat.devices.testing.Await;

/**
 * Each safe event is stored with the request of the opening it belongs to, however the events arrive:
 * the Safe Link v1 simulator's own bytes over an in-memory line, damaged on the way where a test
 * says so, into the real driver, store and unlock service on a real SQLite file.
 */
class SafeOpeningLinksTest {
    @TempDir
    Path dir;

    private SimulatedKioskSafe kiosk;
    private TestDatabase db;
    private InMemoryPipe pipe;
    private SafeSimulator sim;
    private SafeLinkController controller;
    private SafeUnlockService unlocks;
    private StationService stations;
    private StaffMember nurse;
    private StaffMember witness;

    @BeforeEach
    void setUp() throws IOException {
        kiosk = SimulatedKioskSafe.start(dir);
        db = kiosk.db();
        pipe = kiosk.pipe();
        sim = kiosk.sim();
        controller = kiosk.controller();
        stations = kiosk.stations();
        unlocks = kiosk.unlocks();
        nurse = kiosk.staff("N0042");
        witness = kiosk.staff("N0107");
    }

    @AfterEach
    void tearDown() {
        kiosk.close();
    }

    @Test
    void linksResentDoorClosedToItsOpeningAfterLocked() {
        AtomicBoolean damagedOnce = new AtomicBoolean();
        pipe.setDeviceToHostFilter(frame -> isEvent(frame, SafeEventCode.DOOR_CLOSED) && damagedOnce.compareAndSet(false, true)
                ? damaged(frame) : frame);
        SafeRequest request = unlock(1);

        sim.openDoor(1);
        sim.closeDoor(1); // DOOR_CLOSED is damaged on the line; LOCKED arrives; the safe resends DOOR_CLOSED 2 s later

        Await.until("the resent DOOR_CLOSED stored", () -> codes().size() == 4);
        assertThat(damagedOnce).isTrue();
        assertThat(arrivalOrder()).containsExactly("UNLOCKED", "DOOR_OPENED", "LOCKED", "DOOR_CLOSED");
        assertThat(refsByCode()).containsExactly(Map.entry("UNLOCKED", request.requestRef()),
                Map.entry("DOOR_OPENED", request.requestRef()), Map.entry("DOOR_CLOSED", request.requestRef()),
                Map.entry("LOCKED", request.requestRef()));
    }

    @Test
    void aRefusedSecondUnlockOfTheCompartmentLeavesTheFirstOpeningLinked() {
        SafeRequest first = unlock(1);
        Await.until("UNLOCKED stored", () -> codes().contains("UNLOCKED"));

        assertThatThrownBy(() -> unlock(1)).isInstanceOf(ConflictException.class).hasMessageContaining("BUSY");
        sim.openDoor(1);
        sim.closeDoor(1);

        Await.until("LOCKED stored", () -> codes().contains("LOCKED"));
        assertThat(refsByCode()).containsExactly(Map.entry("UNLOCKED", first.requestRef()),
                Map.entry("DOOR_OPENED", first.requestRef()), Map.entry("DOOR_CLOSED", first.requestRef()),
                Map.entry("LOCKED", first.requestRef()));
    }

    @Test
    void aForcedOpeningIsNeverLinkedToAnEarlierRequestThatGotNoReply() {
        pipe.setHostToDeviceFilter(frame -> (frame[3] & 0xFF) == SafeMessageType.UNLOCK ? null : frame);
        assertThatThrownBy(() -> unlock(1)).isInstanceOf(ConflictException.class).hasMessageContaining("did not answer");
        assertThat(requests()).singleElement().satisfies(r -> assertThat(r.result().name()).isEqualTo("NO_REPLY"));
        pipe.setHostToDeviceFilter(frame -> frame);

        sim.forceOpen(1);
        sim.closeDoor(1);

        Await.until("DOOR_CLOSED stored", () -> codes().contains("DOOR_CLOSED"));
        assertThat(codes()).containsExactly("FORCED_OPEN", "DOOR_CLOSED");
        assertThat(refsByCode()).containsExactly(Map.entry("FORCED_OPEN", "none"), Map.entry("DOOR_CLOSED", "none"));
    }

    private SafeRequest unlock(int compartment) {
        return unlocks.unlock(new StaffSession(nurse, SessionKind.KIOSK, stations.byCode("KIOSK-1").id(), Instant.now(),
                Instant.now().plusSeconds(120), witness), "KIOSK-1", SafePurpose.DOSE, compartment, null);
    }

    private static boolean isEvent(byte[] frame, SafeEventCode code) {
        return frame.length > 12 && (frame[3] & 0xFF) == SafeMessageType.EVENT && frame[12] == code.code();
    }

    /** The same frame with its CRC's low byte flipped: the host must drop it and read on. */
    private static byte[] damaged(byte[] frame) {
        byte[] copy = frame.clone();
        copy[copy.length - 2] ^= 0x5A;
        return copy;
    }

    private List<String> codes() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT code FROM safe_event ORDER BY safe_event_number")
                .mapTo(String.class).list());
    }

    private List<String> arrivalOrder() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT code FROM safe_event ORDER BY id").mapTo(String.class)
                .list());
    }

    /** Each stored event's code and request reference ("none" for none), in the safe's order. */
    private List<Map.Entry<String, String>> refsByCode() {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT code, request_ref FROM safe_event ORDER BY safe_event_number")
                .map((rs, ctx) -> Map.entry(rs.getString(1), Optional.ofNullable(rs.getString(2)).orElse("none")))
                .list());
    }

    private List<SafeRequest> requests() {
        return db.transactor().read(tx -> tx.dao(SafeRequestDao.class).latest("KIOSK-1", 10));
    }
}
