package org.openhat.clinic.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.core.dispensing.DoseRecorded;
import org.openhat.clinic.core.dispensing.RecordDose;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Pupils;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.register.safe.ReconciliationReport;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.core.stations.SafePurpose;
import org.openhat.clinic.core.stations.SafeRequest;
import org.openhat.clinic.core.stations.SafeRequestLinker;
import org.openhat.clinic.core.stations.StationSafe;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.service.dispensing.AdministrationService;
import org.openhat.clinic.service.dispensing.DoseRegisterLines;
import org.openhat.clinic.service.dispensing.DoseSafeOpening;
import org.openhat.clinic.service.dispensing.SnapshotReader;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.register.safe.ReconciliationService;
import org.openhat.clinic.service.stations.SafeUnlockService;
import org.openhat.clinic.service.stations.StationService;
import org.openhat.clinic.testing.SafesOnline;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.Await;
import org.openhat.devices.testing.MutableClock;

/**
 * The demo's simulated safe as {@code config/clinic.yml} builds it (a nurse opens the released door
 * after 2 s and shuts it after 8 s), wired to the real driver, event store, unlock service, dose
 * recording and reconciliation on a SQLite file: a dose given from it names its opening, and the
 * reconciliation finds nothing to report.
 */
class NurseAtTheDemoSafeTest {
    private static final Instant SESSION_OPEN = Instant.parse("2026-11-23T08:30:00Z");

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(SESSION_OPEN.minusSeconds(60));
    TestDatabase db;
    SafeDevice safe;
    SafeUnlockService unlocks;
    StaffSession kiosk;

    @BeforeEach
    void start() {
        db = TestDatabase.sqlite(dir);
        db.seedDemo(clock);
        clock.set(SESSION_OPEN);
        SimulatedSafeFactory factory = new SimulatedSafeFactory();
        factory.setStateDir(dir.resolve("devices").toString());
        factory.setDoorOpensAfter(io.dropwizard.util.Duration.seconds(2));
        factory.setDoorClosesAfter(io.dropwizard.util.Duration.seconds(8));
        safe = factory.build("KIOSK-1", new JdbiSafeEventStore("KIOSK-1", db.transactor(),
                new SafeRequestLinker(Duration.ofMinutes(30)), clock), clock);
        safe.start();
        Await.until("safe online", () -> safe.controller().status().online());
        StationService stations = new StationService(db.transactor(), clock);
        StationSafe station = new StationSafe("KIOSK-1", safe.controller(), 4, 30, Optional::empty);
        unlocks = new SafeUnlockService(db.transactor(), stations, code -> Optional.of(station), clock);
        kiosk = new StaffSession(staff("N0042"), SessionKind.KIOSK, stations.byCode("KIOSK-1").id(), SESSION_OPEN,
                SESSION_OPEN.plusSeconds(120), staff("N0107"));
    }

    @AfterEach
    void stop() {
        safe.stop();
        db.close();
    }

    @Test
    void aDoseFromTheSimulatedSafeIsLinkedToItsOpeningAndReconcilesClean() {
        SafeRequest opening = unlocks.unlock(kiosk, "KIOSK-1", SafePurpose.DOSE, 1, null);
        Await.until("UNLOCKED stored", () -> codes().contains("UNLOCKED"));
        assertThat(codes()).containsExactly("UNLOCKED");
        clock.advance(Duration.ofSeconds(2));
        Await.until("the nurse opened the door", () -> codes().contains("DOOR_OPENED"));
        clock.advance(Duration.ofSeconds(8));
        Await.until("the nurse shut the door", () -> codes().contains("LOCKED"));
        assertThat(codes()).containsExactly("UNLOCKED", "DOOR_OPENED", "DOOR_CLOSED", "LOCKED");
        assertThat(refs()).containsOnly(opening.requestRef());

        clock.advance(Duration.ofSeconds(30));
        DoseRecorded dose = give(opening.requestRef());

        String doseOpening = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT safe_request_ref FROM administration WHERE id = :id")
                .bind("id", dose.administrationId()).mapTo(String.class).one());
        assertThat(doseOpening).isEqualTo(opening.requestRef());
        ReconciliationReport report = new ReconciliationService(db.transactor(), Duration.ofMinutes(10), clock)
                .report(SESSION_OPEN, SESSION_OPEN.plus(Duration.ofMinutes(30)));
        assertThat(report.doorOpenings()).isEqualTo(1);
        assertThat(report.entriesNeedingSafe()).isEqualTo(1);
        assertThat(report.alerts()).isEmpty();
        assertThat(report.clean()).isTrue();
    }

    private DoseRecorded give(String opening) {
        ClinicCalendar calendar = ClinicCalendar.defaults();
        AdministrationService service = new AdministrationService(db.transactor(), new SnapshotReader(calendar, "MAIN"),
                new DoseSafetyCheck(DosingParameters.defaults()), calendar, new SafesOnline(),
                new DoseRegisterLines(new RegisterService(db.transactor(), clock, "MAIN")),
                new DoseSafeOpening(Duration.ofMinutes(30)), org.openhat.clinic.core.dispensing.DoseWitnessRule.DEFAULT,
                clock);
        long patient = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM patient").mapTo(Long.class).one());
        long product = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM product").mapTo(Long.class).one());
        return service.record(new RecordDose(patient, product, Route.IV, "AM", false, Milligrams.of(15),
                Milligrams.of(15), "left forearm", DemoClinic.BATCH_100, "induction: first dose at most 15 mg",
                new PreDoseAssessment(0, BigDecimal.ZERO, 16, 98, Pupils.NORMAL, false, "", false), opening), kiosk);
    }

    private org.openhat.clinic.core.staff.StaffMember staff(String badge) {
        return db.transactor().inTransaction(tx -> tx.dao(StaffDao.class).findByBadge(badge)
                .map(row -> tx.dao(StaffDao.class).memberOf(row))).orElseThrow();
    }

    private List<String> codes() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT code FROM safe_event ORDER BY safe_event_number")
                .mapTo(String.class).list());
    }

    private List<String> refs() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT request_ref FROM safe_event").mapTo(String.class).list());
    }
}
