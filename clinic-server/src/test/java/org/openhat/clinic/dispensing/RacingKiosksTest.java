package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.dispensing.DoseRefused;
import org.openhat.clinic.core.dispensing.RecordDose;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Pupils;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.core.stations.SafePurpose;
import org.openhat.clinic.service.dispensing.AdministrationService;
import org.openhat.clinic.service.dispensing.DoseRegisterLines;
import org.openhat.clinic.service.dispensing.DoseSafeOpening;
import org.openhat.clinic.service.dispensing.SnapshotReader;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.testing.SafeOpenings;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/**
 * Many kiosks record the same patient's dose for the same session at the same moment. Exactly one
 * dose is written; every other kiosk gets a clear refusal. On SQLite and on PostgreSQL.
 */
class RacingKiosksTest {
    private static final int KIOSKS = 12;

    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void exactlyOneOfManyRacingKiosksRecordsTheDose(TestDatabase.Backend backend) throws Exception {
        MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            db.seedDemo(clock);
            long patientId = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM patient").mapTo(Long.class).one());
            long productId = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM product").mapTo(Long.class).one());
            long stationId = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM kiosk_station").mapTo(Long.class).one());
            ClinicCalendar calendar = ClinicCalendar.defaults();
            DoseSafetyCheck engine = new DoseSafetyCheck(DosingParameters.defaults());
            AdministrationService service = new AdministrationService(db.transactor(),
                    new SnapshotReader(calendar, "MAIN"), engine, calendar, new org.openhat.clinic.testing.SafesOnline(),
                    new DoseRegisterLines(new RegisterService(db.transactor(), clock, "MAIN")),
                    new DoseSafeOpening(Duration.ofMinutes(30)), org.openhat.clinic.core.dispensing.DoseWitnessRule.DEFAULT, clock);
            String station = db.jdbi().withHandle(h -> h.createQuery("SELECT code FROM kiosk_station WHERE id = :id")
                    .bind("id", stationId).mapTo(String.class).one());
            String opening = SafeOpenings.accepted(db.transactor(), station, SafePurpose.DOSE, 2, 3, clock.instant());
            RecordDose dose = new RecordDose(patientId, productId, Route.IV, "AM", false, Milligrams.of(15),
                    Milligrams.of(15), "left forearm", org.openhat.clinic.cli.DemoClinic.BATCH_100, "induction cap",
                    new PreDoseAssessment(0, java.math.BigDecimal.ZERO, 16, 98, Pupils.NORMAL, false, "", false),
                    opening);

            List<Object> results = race(() -> service.record(dose, kiosk(stationId)));

            assertThat(results).filteredOn(r -> r instanceof org.openhat.clinic.core.dispensing.DoseRecorded).hasSize(1);
            assertThat(results).filteredOn(r -> !(r instanceof org.openhat.clinic.core.dispensing.DoseRecorded))
                    .allSatisfy(r -> assertThat(r).isInstanceOfAny(ConflictException.class, DoseRefused.class));
            long recorded = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM administration WHERE patient_id = :p").bind("p", patientId).mapTo(Long.class).one());
            assertThat(recorded).isEqualTo(1);
            long registerLines = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM register_entry WHERE kind = 'ADMINISTRATION'").mapTo(Long.class).one());
            assertThat(registerLines).as("register ADMINISTRATION lines").isEqualTo(1);
        }
    }

    /**
     * Kiosks racing with doses for different patients (whose row locks never meet) all name one
     * safe opening: one ampoule came out, so exactly one dose is written. On PostgreSQL the unique
     * index on the dose's opening decides; every other kiosk is told to open the safe again.
     */
    @ParameterizedTest
    @MethodSource("backends")
    void exactlyOneOfManyDosesForDifferentPatientsTakesASingleSafeOpening(TestDatabase.Backend backend)
            throws Exception {
        MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            db.seedDemo(clock);
            List<Long> patients = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM patient WHERE status = 'ACTIVE' ORDER BY id").mapTo(Long.class).list());
            assertThat(patients).as("a patient for every kiosk").hasSizeGreaterThanOrEqualTo(KIOSKS);
            long productId = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM product").mapTo(Long.class).one());
            long stationId = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM kiosk_station").mapTo(Long.class).one());
            String station = db.jdbi().withHandle(h -> h.createQuery("SELECT code FROM kiosk_station WHERE id = :id")
                    .bind("id", stationId).mapTo(String.class).one());
            ClinicCalendar calendar = ClinicCalendar.defaults();
            AdministrationService service = new AdministrationService(db.transactor(),
                    new SnapshotReader(calendar, "MAIN"), new DoseSafetyCheck(DosingParameters.defaults()), calendar,
                    new org.openhat.clinic.testing.SafesOnline(),
                    new DoseRegisterLines(new RegisterService(db.transactor(), clock, "MAIN")),
                    new DoseSafeOpening(Duration.ofMinutes(30)), org.openhat.clinic.core.dispensing.DoseWitnessRule.DEFAULT, clock);
            String opening = SafeOpenings.accepted(db.transactor(), station, SafePurpose.DOSE, 2, 3, clock.instant());
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

            List<Object> results = race(() -> service.record(new RecordDose(
                    patients.get(next.getAndIncrement()), productId, Route.IV, "AM", false,
                    Milligrams.of(15), Milligrams.of(15), "left forearm", org.openhat.clinic.cli.DemoClinic.BATCH_100,
                    "induction cap", new PreDoseAssessment(0, java.math.BigDecimal.ZERO, 16, 98, Pupils.NORMAL, false,
                    "", false), opening), kiosk(stationId)));

            assertThat(results).filteredOn(r -> r instanceof org.openhat.clinic.core.dispensing.DoseRecorded).hasSize(1);
            assertThat(results).filteredOn(r -> !(r instanceof org.openhat.clinic.core.dispensing.DoseRecorded))
                    .allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.field()).isEqualTo("safeRequestRef")));
            long doses = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM administration")
                    .mapTo(Long.class).one());
            assertThat(doses).isEqualTo(1);
        }
    }

    private static StaffSession kiosk(long stationId) {
        StaffMember nurse = new StaffMember(2, "nurse.amara", "Amara", "N0042", Set.of(Role.NURSE), true, false, false, Instant.EPOCH);
        StaffMember witness = new StaffMember(3, "nurse.ben", "Ben", "N0107", Set.of(Role.NURSE), true, false, false, Instant.EPOCH);
        return new StaffSession(nurse, SessionKind.KIOSK, stationId, Instant.EPOCH, Instant.MAX, witness);
    }

    /** Starts every kiosk at once and collects each one's result or exception. */
    private static List<Object> race(Callable<Object> kiosk) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < KIOSKS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return kiosk.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
