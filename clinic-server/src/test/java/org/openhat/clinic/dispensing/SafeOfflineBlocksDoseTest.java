package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.core.ConflictException;
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
import org.openhat.clinic.core.stations.SafeAvailability;
import org.openhat.clinic.service.dispensing.AdministrationService;
import org.openhat.clinic.service.dispensing.DoseRegisterLines;
import org.openhat.clinic.service.dispensing.DoseSafeOpening;
import org.openhat.clinic.service.dispensing.SnapshotReader;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/** While a kiosk's safe is offline no dose can start there: nothing is written, and the nurse is told why. */
class SafeOfflineBlocksDoseTest {
    @TempDir
    Path dir;

    private static final SafeAvailability OFFLINE = new SafeAvailability() {
        @Override
        public boolean isOnline(long stationId) {
            return false;
        }

        @Override
        public Optional<String> unavailableReason(String stationCode) {
            return Optional.of("offline");
        }
    };

    @Test
    void refusesADoseWhileTheSafeIsOfflineAndWritesNothing() {
        MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
        try (TestDatabase db = TestDatabase.sqlite(dir)) {
            db.seedDemo(clock);
            long patient = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM patient").mapTo(Long.class).one());
            long product = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM product").mapTo(Long.class).one());
            ClinicCalendar calendar = ClinicCalendar.defaults();
            AdministrationService service = new AdministrationService(db.transactor(), new SnapshotReader(calendar, "MAIN"),
                    new DoseSafetyCheck(DosingParameters.defaults()), calendar, OFFLINE,
                    new DoseRegisterLines(new RegisterService(db.transactor(), clock, "MAIN")),
                    new DoseSafeOpening(Duration.ofMinutes(30)), org.openhat.clinic.core.dispensing.DoseWitnessRule.DEFAULT, clock);
            StaffMember nurse = new StaffMember(2, "nurse.amara", "Amara", "N0042", Set.of(Role.NURSE), true, false, false, Instant.EPOCH);
            StaffMember witness = new StaffMember(3, "nurse.ben", "Ben", "N0107", Set.of(Role.NURSE), true, false, false, Instant.EPOCH);
            StaffSession kiosk = new StaffSession(nurse, SessionKind.KIOSK, 1L, Instant.EPOCH, Instant.MAX, witness);

            assertThatThrownBy(() -> service.record(new RecordDose(patient, product, Route.IV, "AM", false,
                    Milligrams.of(15), Milligrams.of(15), "left forearm", DemoClinic.BATCH_100, "induction",
                    new PreDoseAssessment(0, BigDecimal.ZERO, 16, 98, Pupils.NORMAL, false, "", false),
                    "an-opening-the-offline-safe-never-made"), kiosk))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("safe");

            long doses = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM administration")
                    .mapTo(Long.class).one());
            assertThat(doses).isZero();
        }
    }
}
