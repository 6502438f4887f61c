package org.openhat.clinic.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.dosing.Scenario.mg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.core.dosing.rules.DailyDoseCeilingRule;
import org.openhat.clinic.core.dosing.rules.DosesPerDayRule;
import org.openhat.clinic.core.dosing.rules.IntervalRule;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.schedule.ScheduleParameters;
import org.openhat.clinic.core.schedule.SessionWindow;

/** The "day" is the Europe/London clinic date and intervals are real elapsed time, across midnight and both 2026 changes. */
class ClockChangeDosingTest {

    private static Instant at(String local, int offsetHours) {
        return LocalDateTime.parse(local).toInstant(ZoneOffset.ofHours(offsetHours));
    }

    /** Sessions either side of midnight and in the small hours, so the edge cases can be dosed. */
    private static Scenario roundTheClock() {
        Scenario s = Scenario.stablePatient();
        s.history.clear();
        s.calendar = ClinicCalendar.of(new ScheduleParameters(null, List.of(
                SessionWindow.of("NIGHT", "00:00", "02:30"), SessionWindow.of("DAY", "09:00", "12:00"),
                SessionWindow.of("LATE", "21:00", "23:59:59")), null, null, null));
        s.dosePerSession.put("NIGHT", mg(200));
        s.dosePerSession.put("DAY", mg(200));
        s.dosePerSession.put("LATE", mg(200));
        return s;
    }

    private static Scenario dosedThenChecked(Instant last, String lastSession, Instant now, String session) {
        Scenario s = roundTheClock();
        // a dose two days earlier, so the test day is not an induction day
        s.history.add(new Administration(last.minus(java.time.Duration.ofDays(2)), mg(200), "DAY", Scenario.PRODUCT));
        s.history.add(new Administration(last, mg(200), lastSession, Scenario.PRODUCT));
        s.at = now;
        s.session = session;
        return s;
    }

    @Test
    void doseJustBeforeMidnightCountsForTheDayItWasGiven() {
        Scenario s = dosedThenChecked(Scenario.at("2026-06-09T23:30"), "LATE", Scenario.at("2026-06-10T09:00"), "DAY");
        assertThat(s.context().clinicDate()).isEqualTo(LocalDate.parse("2026-06-10"));
        assertThat(s.context().today().isEmpty()).isTrue();
        assertThat(s.context().yesterday().total()).isEqualTo(mg(200));
        assertThat(s.check(new DosesPerDayRule())).isEmpty();
    }

    @Test
    void intervalAcrossMidnightIsStillEnforced() {
        Scenario s = dosedThenChecked(Scenario.at("2026-06-09T23:30"), "LATE", Scenario.at("2026-06-10T00:30"), "NIGHT");
        assertThat(s.check(new IntervalRule())).hasValueSatisfying(
                f -> assertThat(f.figures()).containsEntry("minutesSinceLastDose", "60"));
    }

    @Test
    void octoberRepeatedHourCountsRealMinutesNotClockMinutes() {
        // 01:30 BST, then 01:20 GMT: the clock went back, but 50 real minutes passed
        Scenario s = dosedThenChecked(at("2026-10-25T01:30", 1), "NIGHT", at("2026-10-25T01:20", 0), "NIGHT");
        s.topUp = true;
        s.inTitration = true;
        assertThat(s.check(new IntervalRule())).isEmpty();
        s.at = at("2026-10-25T01:59", 1);
        assertThat(s.check(new IntervalRule())).hasValueSatisfying(
                f -> assertThat(f.figures()).containsEntry("minutesSinceLastDose", "29"));
        assertThat(s.context().givenThisSession()).isEqualTo(mg(200));
    }

    @Test
    void octoberDayOfTwentyFiveHoursIsStillOneDailyAllowance() {
        Scenario s = roundTheClock();
        s.history.add(new Administration(at("2026-10-23T09:10", 1), mg(400), "DAY", Scenario.PRODUCT));
        s.history.add(new Administration(at("2026-10-25T00:10", 1), mg(450), "NIGHT", Scenario.PRODUCT));
        s.history.add(new Administration(at("2026-10-25T09:10", 0), mg(400), "DAY", Scenario.PRODUCT));
        s.at = at("2026-10-25T23:50", 0);
        s.session = "LATE";
        s.parameters = ParametersForTests.with("maxDosesPerDay", 3);
        s.sessionsPerDay = 3;
        assertThat(s.context().today().total()).isEqualTo(mg(850));
        assertThat(s.check(new DailyDoseCeilingRule())).hasValueSatisfying(
                f -> assertThat(f.maxDose()).isEqualTo(mg(50)));
        assertThat(s.evaluate().maxAllowed()).isEqualTo(mg(50));
    }

    @Test
    void marchDayOfTwentyThreeHoursStartsAtLocalMidnight() {
        Scenario s = dosedThenChecked(at("2026-03-28T23:59", 0), "LATE", at("2026-03-29T00:01", 0), "NIGHT");
        assertThat(s.context().clinicDate()).isEqualTo(LocalDate.parse("2026-03-29"));
        assertThat(s.context().today().isEmpty()).isTrue();
        assertThat(s.check(new IntervalRule())).isPresent();
        // three real hours after 23:59 GMT is 03:59 BST on the 29th
        s.at = at("2026-03-29T03:59", 1);
        assertThat(s.check(new IntervalRule())).isEmpty();
        s.at = at("2026-03-29T03:58", 1);
        assertThat(s.check(new IntervalRule())).isPresent();
    }

    @Test
    void nightSessionOnMarchChangeDayClosesWhenTheClockJumps() {
        Scenario s = roundTheClock();
        s.at = at("2026-03-29T00:59", 0);
        s.session = "NIGHT";
        assertThat(s.context().slot()).isPresent();
        s.at = at("2026-03-29T02:15", 1);
        assertThat(s.context().slot()).map(slot -> slot.name()).contains("NIGHT");
        s.at = at("2026-03-29T02:30", 1);
        assertThat(s.context().slot()).isEmpty();
    }
}
