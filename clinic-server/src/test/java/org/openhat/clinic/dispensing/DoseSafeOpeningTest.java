package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.dispensing.DoseRecorded;
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
import org.openhat.clinic.testing.SafesOnline;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/**
 * A dose is recorded only against the safe opening that supplied its ampoule: at this kiosk, for a
 * dose, accepted by the safe, recent, and not spent on another dose. Anything else is refused by
 * the dose's own transaction, naming safeRequestRef, and nothing is written.
 */
class DoseSafeOpeningTest {
    private static final Duration VALID_FOR = Duration.ofMinutes(30);

    @TempDir
    Path dir;
    final MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
    TestDatabase db;
    AdministrationService service;
    long stationId;
    String station;

    @BeforeEach
    void open() {
        db = TestDatabase.sqlite(dir);
        db.seedDemo(clock);
        ClinicCalendar calendar = ClinicCalendar.defaults();
        service = new AdministrationService(db.transactor(), new SnapshotReader(calendar, "MAIN"),
                new DoseSafetyCheck(DosingParameters.defaults()), calendar, new SafesOnline(),
                new DoseRegisterLines(new RegisterService(db.transactor(), clock, "MAIN")),
                new DoseSafeOpening(VALID_FOR), org.openhat.clinic.core.dispensing.DoseWitnessRule.DEFAULT, clock);
        stationId = one("SELECT MIN(id) FROM kiosk_station");
        station = db.jdbi().withHandle(h -> h.createQuery("SELECT code FROM kiosk_station WHERE id = :id")
                .bind("id", stationId).mapTo(String.class).one());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long one(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private long patient(int index) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM patient ORDER BY id LIMIT 1 OFFSET :n")
                .bind("n", index).mapTo(Long.class).one());
    }

    private StaffSession kiosk() {
        StaffMember nurse = new StaffMember(2, "nurse.amara", "Amara", "N0042", Set.of(Role.NURSE), true, false,
                false, Instant.EPOCH);
        StaffMember witness = new StaffMember(3, "nurse.ben", "Ben", "N0107", Set.of(Role.NURSE), true, false, false,
                Instant.EPOCH);
        return new StaffSession(nurse, SessionKind.KIOSK, stationId, Instant.EPOCH, Instant.MAX, witness);
    }

    private DoseRecorded give(long patientId, String opening) {
        return service.record(new RecordDose(patientId, one("SELECT MIN(id) FROM product"), Route.IV, "AM", false,
                Milligrams.of(15), Milligrams.of(15), "left forearm", DemoClinic.BATCH_100, "induction cap",
                new PreDoseAssessment(0, BigDecimal.ZERO, 16, 98, Pupils.NORMAL, false, "", false), opening), kiosk());
    }

    private String opening(String at, SafePurpose purpose, Instant when, String result) {
        return SafeOpenings.answered(db.transactor(), at, purpose, 2, 3, when, result);
    }

    private void refusedNamingTheOpening(Class<? extends RuntimeException> type, String opening, String words) {
        long patientId = patient(0);
        assertThatThrownBy(() -> give(patientId, opening)).isInstanceOf(type).hasMessageContaining(words)
                .satisfies(e -> assertThat(e instanceof ValidationException v ? v.field()
                        : ((ConflictException) e).field()).isEqualTo("safeRequestRef"));
        assertThat(one("SELECT COUNT(*) FROM administration WHERE patient_id = " + patientId)).isZero();
    }

    @Test
    void recordsTheDoseAndItsRegisterLineAgainstTheOpeningThatSuppliedIt() {
        String opening = SafeOpenings.accepted(db.transactor(), station, SafePurpose.DOSE, 2, 3, clock.instant());

        give(patient(0), opening);

        String registered = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT safe_request_ref FROM register_entry WHERE kind = 'ADMINISTRATION'").mapTo(String.class).one());
        assertThat(registered).isEqualTo(opening);
    }

    @Test
    void refusesADoseWithoutAnOpeningOrWithOneThatDoesNotExist() {
        refusedNamingTheOpening(ValidationException.class, null, "open the safe");
        refusedNamingTheOpening(ValidationException.class, "no-such-opening", "not a safe opening");
    }

    @Test
    void refusesAnOpeningMadeAtAnotherKioskOrForAnotherPurposeOrThatTheSafeDidNotAccept() {
        refusedNamingTheOpening(ValidationException.class,
                opening("KIOSK-9", SafePurpose.DOSE, clock.instant(), "ACCEPTED"), "KIOSK-9");
        refusedNamingTheOpening(ValidationException.class,
                opening(station, SafePurpose.STOCK_CHECK, clock.instant(), "ACCEPTED"), "STOCK_CHECK");
        refusedNamingTheOpening(ValidationException.class,
                opening(station, SafePurpose.DOSE, clock.instant(), "REFUSED"), "REFUSED");
        refusedNamingTheOpening(ValidationException.class,
                opening(station, SafePurpose.DOSE, clock.instant(), "NO_REPLY"), "NO_REPLY");
    }

    @Test
    void refusesAnOpeningOlderThanTheConfiguredLimit() {
        String old = opening(station, SafePurpose.DOSE, clock.instant().minus(VALID_FOR).minusSeconds(1), "ACCEPTED");
        refusedNamingTheOpening(ValidationException.class, old, "30 minutes");

        String recent = opening(station, SafePurpose.DOSE, clock.instant().minus(VALID_FOR), "ACCEPTED");
        assertThat(give(patient(1), recent).administrationId()).isPositive();
    }

    @Test
    void refusesASecondDoseFromAnOpeningThatSuppliedOneAlready() {
        String opening = SafeOpenings.accepted(db.transactor(), station, SafePurpose.DOSE, 2, 3, clock.instant());
        give(patient(1), opening);

        refusedNamingTheOpening(ConflictException.class, opening, "already supplied another dose");
    }
}
