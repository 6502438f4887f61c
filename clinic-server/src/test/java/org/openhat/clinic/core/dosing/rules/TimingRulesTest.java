package org.openhat.clinic.core.dosing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.dosing.Scenario.newPatient;
import static org.openhat.clinic.core.dosing.Scenario.stablePatient;
import static org.openhat.clinic.core.dosing.rules.PreDoseCheckRulesTest.assertVerdict;
import static org.openhat.clinic.core.dosing.rules.PreDoseCheckRulesTest.with;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhat.clinic.core.dosing.RuleId;
import org.openhat.clinic.core.dosing.Scenario;
import org.openhat.clinic.core.dosing.Verdict;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.schedule.ScheduleParameters;
import org.openhat.clinic.core.schedule.SessionWindow;

class TimingRulesTest {

    @ParameterizedTest(name = "{0} selected {1} -> withheld {2}")
    @CsvSource({"2026-06-10T07:59:59,AM,true", "2026-06-10T08:00,AM,false", "2026-06-10T10:59:59,AM,false",
        "2026-06-10T11:00,AM,true", "2026-06-10T15:00,PM,false", "2026-06-10T09:00,PM,true",
        "2026-06-10T17:59:59,PM,false", "2026-06-10T18:00,PM,true"})
    void dosesOnlyInsideTheSelectedSession(String at, String session, boolean withheld) {
        Scenario s = stablePatient().at(at, session);
        assertVerdict(s.check(new SessionWindowRule()), withheld ? Verdict.WITHHOLD : null);
    }

    @Test
    void refusesSecondDoseInTheSameSession() {
        Scenario s = stablePatient().given("2026-06-10T08:05", 200, "AM");
        assertThat(s.check(new SessionAlreadyDosedRule()).orElseThrow().rule())
                .isEqualTo(RuleId.SESSION_ALREADY_DOSED);
    }

    @ParameterizedTest(name = "titration {0}, alcohol {1}, earlier portion {2} -> withheld {3}")
    @CsvSource({"true,0.0,true,false", "false,1.0,true,false", "false,0.99,true,true", "true,0.0,false,true"})
    void allowsTopUpsOnlyForTitrationOrAnAlcoholSplit(boolean titration, String alcohol, boolean earlierPortion,
            boolean withheld) {
        Scenario s = stablePatient();
        s.inTitration = titration;
        s.alcohol = new BigDecimal(alcohol);
        s.topUp = true;
        if (earlierPortion) {
            s.given("2026-06-10T08:20", 50, "AM");
        }
        var finding = s.check(new SessionAlreadyDosedRule());
        assertVerdict(finding, withheld ? Verdict.WITHHOLD : null);
        finding.ifPresent(f -> assertThat(f.rule()).isEqualTo(RuleId.TOP_UP_NOT_ALLOWED));
    }

    @Test
    void allowsTopUpOnInductionDay() {
        Scenario s = newPatient().given("2026-06-10T08:10", 15, "AM");
        s.inTitration = false;
        s.topUp = true;
        assertThat(s.check(new SessionAlreadyDosedRule())).isEmpty();
    }

    @ParameterizedTest(name = "AM dose at {0}, PM check at 15:00 -> withheld {1}")
    @CsvSource({"2026-06-10T12:01,true", "2026-06-10T12:00,false", "2026-06-10T12:00:01,true"})
    void refusesSecondDoseWithinMinimumInterval(String lastDose, boolean withheld) {
        Scenario s = stablePatient().given(lastDose, 200, "AM").at("2026-06-10T15:00", "PM");
        var finding = s.check(new IntervalRule());
        assertVerdict(finding, withheld ? Verdict.WITHHOLD : null);
        finding.ifPresent(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.INTERVAL_MIN_SESSIONS);
            assertThat(f.reason()).contains("between sessions.");
        });
    }

    @ParameterizedTest(name = "top-up {0} min after the first portion -> withheld {1}")
    @CsvSource({"29,true", "30,false"})
    void refusesTopUpWithinThirtyMinutes(int minutes, boolean withheld) {
        Scenario s = stablePatient().given("2026-06-10T08:10", 50, "AM");
        s.at = s.history.get(s.history.size() - 1).at().plusSeconds(60L * minutes);
        s.topUp = true;
        var finding = s.check(new IntervalRule());
        assertVerdict(finding, withheld ? Verdict.WITHHOLD : null);
        finding.ifPresent(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.INTERVAL_MIN_TOPUPS);
            assertThat(f.reason()).contains("between portions.");
        });
    }

    @Test
    void allowsTheSecondInductionPortionStraightAway() {
        Scenario s = newPatient().given("2026-06-10T08:59", 15, "AM");
        s.topUp = true;
        assertThat(s.check(new IntervalRule())).isEmpty();
        s.given("2026-06-10T09:00", 15, "AM").at = Scenario.at("2026-06-10T09:29");
        assertVerdict(s.check(new IntervalRule()), Verdict.WITHHOLD);
    }

    @Test
    void firstEverDoseHasNoInterval() {
        assertThat(newPatient().check(new IntervalRule())).isEmpty();
    }

    @ParameterizedTest(name = "max/day {0}, prescribed/day {1}, sessions dosed {2} -> withheld {3}")
    @CsvSource({"2,2,1,false", "2,2,2,true", "3,3,2,false", "3,3,3,true", "3,2,2,true", "2,1,1,true"})
    void refusesMoreDosesThanAllowedPerDay(int maxPerDay, int prescribedPerDay, int dosed, boolean withheld) {
        Scenario s = stablePatient();
        s.calendar = ClinicCalendar.of(new ScheduleParameters(null, java.util.List.of(
                SessionWindow.of("S1", "06:00", "07:00"), SessionWindow.of("S2", "07:00", "08:00"),
                SessionWindow.of("S3", "20:00", "21:00")), null, null, null));
        String[] sessions = {"S1", "S2", "S3"};
        for (int i = 0; i < dosed; i++) {
            s.given("2026-06-10T0" + (6 + i) + ":10", 100, sessions[i]);
        }
        s.parameters = with("maxDosesPerDay", maxPerDay);
        s.sessionsPerDay = prescribedPerDay;
        s.at("2026-06-10T20:30", "S3");
        if (dosed == 3) {
            s.session = "S4";
        }
        assertVerdict(s.check(new DosesPerDayRule()), withheld ? Verdict.WITHHOLD : null);
    }

    @Test
    void topUpPortionIsNotAnExtraDoseOfTheDay() {
        Scenario s = stablePatient().given("2026-06-10T08:10", 100, "AM");
        s.sessionsPerDay = 1;
        s.topUp = true;
        assertThat(s.check(new DosesPerDayRule())).isEmpty();
    }
}
