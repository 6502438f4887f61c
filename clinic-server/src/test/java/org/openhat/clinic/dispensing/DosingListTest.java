package org.openhat.clinic.dispensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.dispensing.CheckedThisSession;
import org.openhat.clinic.core.dispensing.DosingListEntry;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.dosing.Verdict;
import org.openhat.clinic.core.prescriptions.NewPrescription;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.service.dispensing.DosingListService;
import org.openhat.clinic.service.prescriptions.PrescriptionService;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.devices.testing.MutableClock;

class DosingListTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void aChangeSignedForLaterShowsOnlyOnceItTakesEffect() {
        MutableClock clock = MutableClock.at("2026-11-23T07:00:00Z");
        try (TestDatabase db = TestDatabase.sqlite(dir)) {
            db.seedDemo(clock);
            ClinicCalendar calendar = ClinicCalendar.defaults();
            DosingListService list = new DosingListService(db.transactor(), calendar, new CheckedThisSession(), clock);
            DosingListEntry before = list.list(MONDAY, "PM").get(0);
            long doctor = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM staff WHERE username = 'dr.patel'")
                    .mapTo(Long.class).one());
            long product = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(id) FROM product").mapTo(Long.class).one());

            new PrescriptionService(db.transactor(), DosingParameters.defaults(), calendar, "MAIN", clock).prescribe(
                    new NewPrescription(before.patientId(), product, Set.of(Route.IV),
                            Map.of("AM", Milligrams.of(120), "PM", Milligrams.of(180)), 2, MONDAY, null, null, false,
                            Instant.parse("2026-11-23T12:00:00Z"), "evening dose up from noon"), doctor);

            assertThat(list.list(MONDAY, "PM").get(0).prescribed()).isEqualTo(before.prescribed());
            clock.advance(Duration.ofHours(5));
            assertThat(list.list(MONDAY, "PM").get(0).prescribed()).isEqualTo(Milligrams.of(180));
        }
    }

    @Test
    void showsWhoHasBeenCheckedButNotYetDosed() {
        MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
        try (TestDatabase db = TestDatabase.sqlite(dir)) {
            db.seedDemo(clock);
            CheckedThisSession checked = new CheckedThisSession();
            DosingListService list = new DosingListService(db.transactor(), ClinicCalendar.defaults(), checked, clock);
            long patient = list.list(MONDAY, "AM").get(0).patientId();

            checked.remember(patient, MONDAY, "AM", Verdict.ALLOW_REDUCED);

            assertThat(list.list(MONDAY, "AM")).filteredOn(e -> e.patientId() == patient)
                    .extracting(DosingListEntry::state).containsExactly("CHECKED");
            assertThat(list.list(MONDAY, "AM")).filteredOn(e -> e.patientId() != patient)
                    .extracting(DosingListEntry::state).containsOnly("DUE");
        }
    }

    @Test
    void aRefusedCheckIsListedWithItsVerdictNotAsAPlainCheck() {
        MutableClock clock = MutableClock.at("2026-11-23T08:30:00Z");
        try (TestDatabase db = TestDatabase.sqlite(dir)) {
            db.seedDemo(clock);
            CheckedThisSession checked = new CheckedThisSession();
            DosingListService list = new DosingListService(db.transactor(), ClinicCalendar.defaults(), checked, clock);
            long allowed = list.list(MONDAY, "AM").get(0).patientId();
            long refused = list.list(MONDAY, "AM").get(1).patientId();

            checked.remember(allowed, MONDAY, "AM", Verdict.ALLOW);
            checked.remember(refused, MONDAY, "AM", Verdict.WITHHOLD);

            assertThat(list.list(MONDAY, "AM")).filteredOn(e -> e.patientId() == refused)
                    .extracting(DosingListEntry::state, DosingListEntry::lastCheckVerdict)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CHECKED", "WITHHOLD"));
            assertThat(list.list(MONDAY, "AM")).filteredOn(e -> e.patientId() == allowed)
                    .extracting(DosingListEntry::lastCheckVerdict).containsExactly("ALLOW");
            assertThat(list.list(MONDAY, "AM")).filteredOn(e -> e.state().equals("DUE"))
                    .extracting(DosingListEntry::lastCheckVerdict).containsOnlyNulls();
        }
    }
}
