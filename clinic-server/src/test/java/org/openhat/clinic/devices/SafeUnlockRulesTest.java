package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.core.stations.SafePurpose;
import org.openhat.clinic.core.stations.SafeRequest;
import org.openhat.clinic.core.stations.SafeRequestResult;
import org.openhat.clinic.core.stations.StationAccessRefused;
import org.openhat.clinic.db.SafeRequestDao;
import org.openhat.clinic.service.stations.SafeUnlockService;
import org.openhat.clinic.service.stations.StationService;
import org.openhat.clinic.testing.SimulatedKioskSafe;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;
import org.openhat.devices.safe.SafeLinkController;
import org.openhat.devices.sim.SafeSimulator;
import org.openhat.devices.testing.Await;

/**
 * Who may open the safe, on a real SQLite file and a real Safe Link v1 conversation with the
 * simulator over an in-memory line: a refused request never reaches the safe.
 */
class SafeUnlockRulesTest {
    @TempDir
    Path dir;

    private SimulatedKioskSafe kiosk;
    private TestDatabase db;
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
    void opensForANurseAndAWitnessAtTheSafesOwnKiosk() {
        SafeRequest request = unlocks.unlock(kioskSession("KIOSK-1", witness), "KIOSK-1", SafePurpose.RECEIPT, 2,
                "delivery note 77");

        assertThat(request.result()).isEqualTo(SafeRequestResult.ACCEPTED);
        assertThat(request.operatorText()).isEqualTo("N0042");
        assertThat(request.witnessText()).isEqualTo("N0107");
        assertThat(request.witnessStaffId()).isEqualTo(witness.id());
        assertThat(sim.events()).extracting(SafeEvent::kind).containsExactly(SafeEventCode.UNLOCKED);
        Await.until("UNLOCKED stored", () -> !unlockedRefs().isEmpty());
        assertThat(unlockedRefs()).containsExactly(request.requestRef());
    }

    @Test
    void refusesWithoutAWitnessAndNeverAsksTheSafe() {
        assertThatThrownBy(() -> unlocks.unlock(kioskSession("KIOSK-1", null), "KIOSK-1", SafePurpose.DOSE, 1, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("witness");
        assertThatThrownBy(() -> unlocks.unlock(kioskSession("KIOSK-1", nurse), "KIOSK-1", SafePurpose.DOSE, 1, null))
                .as("the nurse cannot witness themself").isInstanceOf(ConflictException.class);

        assertThat(sim.events()).isEmpty();
        assertThat(requests()).isEmpty();
    }

    @Test
    void refusesAnOfficeSessionAndAKioskAtAnotherStation() {
        StaffSession office = new StaffSession(nurse, SessionKind.OFFICE, null, Instant.now(), Instant.now(), witness);

        assertThatThrownBy(() -> unlocks.unlock(office, "KIOSK-1", SafePurpose.DOSE, 1, null))
                .isInstanceOf(StationAccessRefused.class).hasMessageContaining("KIOSK-1");
        assertThatThrownBy(() -> unlocks.unlock(kioskSession("KIOSK-2", witness), "KIOSK-1", SafePurpose.DOSE, 1, null))
                .isInstanceOf(StationAccessRefused.class);
        assertThat(sim.events()).isEmpty();
        assertThat(requests()).isEmpty();
    }

    @Test
    void refusesACompartmentTheSafeDoesNotHave() {
        assertThatThrownBy(() -> unlocks.unlock(kioskSession("KIOSK-1", witness), "KIOSK-1", SafePurpose.DOSE, 5, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("compartment");
        assertThat(sim.events()).isEmpty();
    }

    @Test
    void recordsTheSafesRefusalAndLinksNothingToIt() {
        sim.openDoor(3); // forced open: the safe goes into tamper lock-out
        Await.until("tamper seen", () -> controller.status().tamper() || !sim.events().isEmpty());

        assertThatThrownBy(() -> unlocks.unlock(kioskSession("KIOSK-1", witness), "KIOSK-1", SafePurpose.WASTE, 1, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("refused").hasMessageContaining("TAMPER");

        assertThat(requests()).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(SafeRequestResult.REFUSED);
            assertThat(r.resultDetail()).isEqualTo("TAMPER_LOCKOUT");
        });
        List<SafeRequest> linkable = db.transactor().read(tx -> tx.dao(SafeRequestDao.class).awaitingUnlock("KIOSK-1",
                1, Instant.EPOCH, Instant.now()));
        assertThat(linkable).as("nothing the safe's events could be linked to").isEmpty();
    }

    @Test
    void refusesWhileTheSafeIsOfflineWithoutRecordingARequest() {
        sim.close();
        Await.until("safe offline", () -> !controller.status().online());

        assertThatThrownBy(() -> unlocks.unlock(kioskSession("KIOSK-1", witness), "KIOSK-1", SafePurpose.DOSE, 1, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("offline");
        assertThat(requests()).isEmpty();
    }

    private StaffSession kioskSession(String stationCode, StaffMember witnessBeside) {
        return new StaffSession(nurse, SessionKind.KIOSK, stations.byCode(stationCode).id(), Instant.now(),
                Instant.now().plusSeconds(120), witnessBeside);
    }

    private List<String> unlockedRefs() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT request_ref FROM safe_event WHERE code = 'UNLOCKED'")
                .mapTo(String.class).list());
    }

    private List<SafeRequest> requests() {
        return db.transactor().inTransaction(tx -> tx.dao(SafeRequestDao.class).latest("KIOSK-1", 10));
    }
}
