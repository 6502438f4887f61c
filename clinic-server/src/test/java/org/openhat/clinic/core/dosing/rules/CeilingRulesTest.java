package org.openhat.clinic.core.dosing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.dosing.Scenario.mg;
import static org.openhat.clinic.core.dosing.Scenario.newPatient;
import static org.openhat.clinic.core.dosing.Scenario.stablePatient;
import static org.openhat.clinic.core.dosing.rules.PreDoseCheckRulesTest.assertVerdict;
import static org.openhat.clinic.core.dosing.rules.PreDoseCheckRulesTest.with;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.RuleId;
import org.openhat.clinic.core.dosing.Scenario;
import org.openhat.clinic.core.dosing.Verdict;

class CeilingRulesTest {

    @ParameterizedTest(name = "{0} mg in one injection -> {1}")
    @CsvSource({"450,", "451,ALLOW_REDUCED"})
    void capsOneInjectionAtTheSingleDoseCeiling(long proposed, Verdict verdict) {
        Scenario s = stablePatient().propose(proposed);
        Optional<Finding> finding = s.check(new SingleDoseCeilingRule());
        assertVerdict(finding, verdict);
        finding.ifPresent(f -> assertThat(f.maxDose()).isEqualTo(mg(450)));
    }

    @ParameterizedTest(name = "given {0} mg today, propose {1} mg -> {2} max {3}")
    @CsvSource({"450,450,,", "450,451,ALLOW_REDUCED,450", "899,1,,", "899,2,ALLOW_REDUCED,1", "900,1,WITHHOLD,"})
    void capsTheClinicDayAtTheDailyCeiling(long givenToday, long proposed, Verdict verdict, Long max) {
        Scenario s = stablePatient().given("2026-06-10T06:00", givenToday, "EARLY").propose(proposed)
                .at("2026-06-10T15:00", "PM");
        Optional<Finding> finding = s.check(new DailyDoseCeilingRule());
        assertVerdict(finding, verdict);
        if (max != null) {
            assertThat(finding.orElseThrow().maxDose()).isEqualTo(mg(max));
        }
    }

    @ParameterizedTest(name = "given {0} mg today, propose {1} mg -> advisory {2}")
    @CsvSource({"400,200,false", "400,201,true"})
    void advisesAboveSixHundredMilligramsADayWithoutBlocking(long givenToday, long proposed, boolean advised) {
        Scenario s = stablePatient().given("2026-06-10T06:00", givenToday, "EARLY").propose(proposed);
        assertVerdict(s.check(new DailyDoseAdvisoryRule()), advised ? Verdict.ALLOW : null);
    }

    @ParameterizedTest(name = "oral methadone {0} mg/day -> refer {1}")
    @CsvSource(value = {"NULL,false", "150,false", "151,true"}, nullValues = "NULL")
    void refersWhenOralMethadoneExceedsItsCeiling(Long methadone, boolean refer) {
        Scenario s = stablePatient();
        s.oralMethadone = methadone == null ? null : mg(methadone);
        assertVerdict(s.check(new OralMethadoneCeilingRule()), refer ? Verdict.REFER_TO_PRESCRIBER : null);
    }

    @Test
    void showsCombinedOpioidLoadBeforeEveryDoseUnlessSwitchedOff() {
        Scenario s = stablePatient().given("2026-06-10T06:00", 100, "EARLY");
        assertThat(s.check(new CombinedOpioidLoadRule()).orElseThrow().figures())
                .containsEntry("injectableTodayWithThisDose", "300 mg").containsEntry("oralMethadonePerDay", "none");
        s.oralMethadone = mg(60);
        assertThat(s.check(new CombinedOpioidLoadRule()).orElseThrow().figures())
                .containsEntry("oralMethadonePerDay", "60 mg");
        s.parameters = with("showCombinedOpioidLoad", false);
        assertThat(s.check(new CombinedOpioidLoadRule())).isEmpty();
    }

    @ParameterizedTest(name = "previous session {0} mg, propose {1} mg -> {2}")
    @CsvSource({"200,300,", "200,301,ALLOW_REDUCED", "100,150,", "100,151,ALLOW_REDUCED"})
    void capsTheRiseOverThePreviousDoseAtFiftyPercent(long previous, long proposed, Verdict verdict) {
        Scenario s = stablePatient();
        s.history.clear();
        s.given("2026-06-08T09:00", previous, "AM").given("2026-06-09T15:00", previous, "PM");
        s.dosePerSession.put("AM", mg(400));
        s.propose(proposed);
        assertVerdict(s.check(new MaxSingleDoseIncreaseRule()), verdict);
    }

    @Test
    void comparesTheRiseWithTheWholePreviousSessionIncludingPortions() {
        Scenario s = stablePatient();
        s.history.clear();
        s.given("2026-06-08T09:00", 100, "AM").given("2026-06-09T15:00", 50, "PM")
                .given("2026-06-09T15:40", 50, "PM").given("2026-06-10T08:10", 100, "AM");
        s.inTitration = true;
        s.topUp = true;
        s.propose(51).at = Scenario.at("2026-06-10T09:00");
        Finding finding = s.check(new MaxSingleDoseIncreaseRule()).orElseThrow();
        assertThat(finding.figures()).containsEntry("previousSessionDose", "100 mg");
        assertThat(finding.maxDose()).isEqualTo(mg(50));
    }

    @Test
    void riseRuleLeavesInductionAndThreeADayRegimesToTheirOwnCaps() {
        Scenario induction = newPatient().propose(100);
        assertThat(induction.check(new MaxSingleDoseIncreaseRule())).isEmpty();
        Scenario threeADay = stablePatient().propose(400);
        threeADay.sessionsPerDay = 3;
        assertThat(threeADay.check(new MaxSingleDoseIncreaseRule())).isEmpty();
        Scenario stable = stablePatient().propose(300);
        assertThat(stable.check(new MaxSingleDoseIncreaseRule())).isEmpty();
    }

    @ParameterizedTest(name = "{0}th injection of induction day, {1} mg -> {2} {3}")
    @CsvSource({"1,15,ALLOW,INDUCTION_FIRST_DOSE", "1,16,ALLOW_REDUCED,INDUCTION_FIRST_DOSE",
        "2,15,ALLOW,INDUCTION_FIRST_DOSE", "2,16,ALLOW_REDUCED,INDUCTION_FIRST_DOSE",
        "3,30,ALLOW,INDUCTION_DAY1_DOSE", "3,31,ALLOW_REDUCED,INDUCTION_DAY1_DOSE"})
    void capsInductionDayInjections(int injection, long proposed, Verdict verdict, RuleId rule) {
        Scenario s = newPatient().propose(proposed);
        for (int i = 1; i < injection; i++) {
            s.given("2026-06-10T08:0" + i, 15, "AM");
        }
        Finding finding = s.check(new InductionRule()).orElseThrow();
        assertThat(finding.verdict()).isEqualTo(verdict);
        assertThat(finding.rule()).isEqualTo(rule);
    }

    @Test
    void noInductionCapsForAStablePatient() {
        assertThat(stablePatient().check(new InductionRule())).isEmpty();
    }

    @ParameterizedTest(name = "titration {0}, induction yesterday {1}, sessions/day {2}, propose {3} -> {4}")
    @CsvSource({"true,false,3,45,", "true,false,3,46,ALLOW_REDUCED", "false,true,3,46,ALLOW_REDUCED",
        "false,false,3,46,", "true,false,2,46,"})
    void capsNextDaySingleDoseAtHalfOfYesterdaysTotal(boolean titration, boolean inductionYesterday,
            int sessionsPerDay, long proposed, Verdict verdict) {
        Scenario s = stablePatient();
        s.history.clear();
        if (!inductionYesterday) {
            s.given("2026-06-08T09:00", 30, "AM");
        }
        s.given("2026-06-09T09:00", 15, "AM").given("2026-06-09T09:01", 15, "AM").given("2026-06-09T15:00", 30, "PM")
                .given("2026-06-09T15:30", 30, "PM");
        s.inTitration = titration;
        s.sessionsPerDay = sessionsPerDay;
        s.propose(proposed);
        assertVerdict(s.check(new NextDaySingleDoseCapRule()), verdict);
    }

    @Test
    void nextDayCapAlsoFollowsAReinductionDay() {
        Scenario s = stablePatient();
        s.history.clear();
        s.given("2026-05-20T09:00", 200, "AM").given("2026-06-09T09:00", 15, "AM").given("2026-06-09T15:00", 30, "PM");
        s.sessionsPerDay = 3;
        assertThat(s.context().wasInductionYesterday()).isTrue();
        assertThat(s.check(new NextDaySingleDoseCapRule()).orElseThrow().maxDose()).isEqualTo(org.openhat.clinic.core.dosing.Milligrams.parse("22.5"));
        s.history.set(0, new org.openhat.clinic.core.dosing.Administration(Scenario.at("2026-06-05T09:00"), mg(200), "AM",
                Scenario.PRODUCT));
        assertThat(s.context().wasInductionYesterday()).isFalse();
        assertThat(s.check(new NextDaySingleDoseCapRule())).isEmpty();
    }

    @Test
    void nextDayCapNeedsAPreviousDayAndIsNotForInductionDay() {
        Scenario noYesterday = stablePatient();
        noYesterday.history.clear();
        noYesterday.given("2026-06-07T09:00", 100, "AM");
        noYesterday.inTitration = true;
        noYesterday.sessionsPerDay = 3;
        assertThat(noYesterday.check(new NextDaySingleDoseCapRule())).isEmpty();
        Scenario induction = newPatient();
        induction.sessionsPerDay = 3;
        assertThat(induction.check(new NextDaySingleDoseCapRule())).isEmpty();
    }

    @Test
    void aCapThatRoundsToNothingWithholds() {
        Scenario s = stablePatient();
        s.history.clear();
        s.history.add(new org.openhat.clinic.core.dosing.Administration(Scenario.at("2026-06-09T09:00"),
                new org.openhat.clinic.core.dosing.Milligrams(1), "AM", Scenario.PRODUCT));
        s.inTitration = true;
        s.sessionsPerDay = 3;
        assertVerdict(s.check(new NextDaySingleDoseCapRule()), Verdict.WITHHOLD);
    }
}
