package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.dispensing.CheckedThisSession;
import org.openhat.clinic.core.dispensing.DosingListEntry;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.service.dispensing.DosingListService;
import org.openhat.clinic.service.dispensing.SessionOutcomes;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

/**
 * Missed sessions are marked when their window closes, in clinic time, and counted as whole missed
 * days; across midnight and the October clock change.
 */
class SessionOutcomesTest {
    @TempDir
    Path dir;

    private TestDatabase db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private record Clinic(MutableClock clock, SessionOutcomes outcomes, DosingListService list) {
    }

    /** The demo clinic, seeded at the given instant (its prescriptions start the clinic day before). */
    private Clinic clinicAt(String instant) {
        MutableClock clock = MutableClock.at(instant);
        db = TestDatabase.sqlite(dir);
        db.seedDemo(clock);
        ClinicCalendar calendar = ClinicCalendar.defaults();
        return new Clinic(clock, new SessionOutcomes(db.transactor(), calendar, clock),
                new DosingListService(db.transactor(), calendar, new CheckedThisSession(), clock));
    }

    @Test
    void marksNobodyMissedWhileTheWindowIsOpen() {
        Clinic clinic = clinicAt("2026-11-23T10:59:00Z");

        // Yesterday's sessions (the prescriptions' first day) are over and were missed by everyone.
        int yesterday = clinic.outcomes().closeEndedSessions();

        assertThat(yesterday).isEqualTo(30);
        assertThat(clinic.list().list(LocalDate.of(2026, 11, 23), "AM")).extracting(DosingListEntry::state)
                .containsOnly("DUE");
    }

    @Test
    void marksEveryDuePatientMissedOnceTheMorningWindowCloses() {
        Clinic clinic = clinicAt("2026-11-23T10:59:00Z");
        clinic.outcomes().closeEndedSessions();
        clinic.clock().advance(Duration.ofMinutes(1));

        assertThat(clinic.outcomes().closeEndedSessions()).isEqualTo(15);
        assertThat(clinic.outcomes().closeEndedSessions()).as("marking twice").isZero();
        List<DosingListEntry> am = clinic.list().list(LocalDate.of(2026, 11, 23), "AM");
        assertThat(am).extracting(DosingListEntry::state).containsOnly("MISSED");
        assertThat(am).extracting(DosingListEntry::consecutiveMissedDays).containsOnly(1);
    }

    @Test
    void theEveningSessionClosesAt1800LondonTimeInSummerTime() {
        // 24 October 2026 is still British Summer Time: 18:00 in London is 17:00 UTC.
        Clinic clinic = clinicAt("2026-10-24T16:59:00Z");
        clinic.outcomes().closeEndedSessions();
        assertThat(clinic.list().list(LocalDate.of(2026, 10, 24), "PM")).extracting(DosingListEntry::state)
                .containsOnly("DUE");

        clinic.clock().advance(Duration.ofMinutes(1));
        clinic.outcomes().closeEndedSessions();

        assertThat(clinic.list().list(LocalDate.of(2026, 10, 24), "PM")).extracting(DosingListEntry::state)
                .containsOnly("MISSED");
    }

    @Test
    void countsMissedDaysAcrossMidnightAndTheOctoberClockChange() {
        // Prescriptions start 24 October; nobody comes on the 24th or the 25th (the day the clocks go back).
        Clinic clinic = clinicAt("2026-10-25T08:00:00Z");
        clinic.clock().set(java.time.Instant.parse("2026-10-26T00:30:00Z"));

        List<DosingListEntry> monday = clinic.list().list(LocalDate.of(2026, 10, 26), "AM");

        assertThat(monday).extracting(DosingListEntry::consecutiveMissedDays).containsOnly(2);
    }

    @Test
    void aWithheldDoseIsRecordedOnceWithItsReason() {
        Clinic clinic = clinicAt("2026-11-23T08:30:00Z");
        long patient = clinic.list().list(LocalDate.of(2026, 11, 23), "AM").get(0).patientId();

        clinic.outcomes().withhold(patient, "AM", "intoxicated: slurred speech", 2);

        assertThat(clinic.list().list(LocalDate.of(2026, 11, 23), "AM").get(0).state()).isEqualTo("WITHHELD");
        assertThatThrownBy(() -> clinic.outcomes().withhold(patient, "AM", "again", 2))
                .isInstanceOf(ConflictException.class);
    }
}
