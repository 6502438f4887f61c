package org.openhat.clinic.core.dosing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.dosing.Scenario.mg;
import static org.openhat.clinic.core.dosing.Scenario.stablePatient;
import static org.openhat.clinic.core.dosing.rules.PreDoseCheckRulesTest.with;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.RuleId;
import org.openhat.clinic.core.dosing.Scenario;
import org.openhat.clinic.core.dosing.Verdict;

class MissedDaysRuleTest {

    /** Last dose 200 mg PM, {@code missed} whole days before 10 June 2026. */
    static Scenario missed(int missed) {
        Scenario s = stablePatient();
        s.history.clear();
        LocalDate lastDay = LocalDate.parse("2026-06-09").minusDays(missed);
        s.given(lastDay + "T09:00", 200, "AM").given(lastDay + "T15:30", 200, "PM");
        return s;
    }

    @ParameterizedTest(name = "{0} missed days, no review -> {1}")
    @CsvSource(value = {"0,NULL", "2,NULL", "3,MISSED_DAYS_HALVE", "4,MISSED_DAYS_PRESCRIBER_REVIEW",
        "5,MISSED_DAYS_REINDUCTION", "30,MISSED_DAYS_REINDUCTION"}, nullValues = "NULL")
    void refersAfterThreeMissedDaysUntilAPrescriberHasActed(int days, RuleId rule) {
        Scenario s = missed(days);
        var finding = s.check(new MissedDaysRule());
        if (rule == null) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding.orElseThrow().rule()).isEqualTo(rule);
            assertThat(finding.orElseThrow().verdict()).isEqualTo(Verdict.REFER_TO_PRESCRIBER);
            assertThat(finding.orElseThrow().figures()).containsEntry("missedDays", String.valueOf(days))
                    .containsEntry("lastPrescriberReviewAt", "none");
            assertThat(finding.orElseThrow().reason())
                    .contains(rule == RuleId.MISSED_DAYS_HALVE ? "must confirm" : "must review");
        }
    }

    @ParameterizedTest(name = "{0} missed days, reviewed, propose {1} mg -> {2} max {3}")
    @CsvSource({"3,100,ALLOW_REDUCED,100", "3,150,ALLOW_REDUCED,100", "4,60,ALLOW_REDUCED,100"})
    void restartsAtHalfTheLastDoseOnceReviewed(int days, long proposed, Verdict verdict, long max) {
        Scenario s = missed(days).propose(proposed);
        s.review = Scenario.at("2026-06-10T08:30");
        Finding finding = s.check(new MissedDaysRule()).orElseThrow();
        assertThat(finding.verdict()).isEqualTo(verdict);
        assertThat(finding.maxDose()).isEqualTo(mg(max));
    }

    @Test
    void reviewBeforeTheLastDoseDoesNotCount() {
        Scenario s = missed(3);
        s.review = Scenario.at("2026-06-06T15:30");
        assertThat(s.check(new MissedDaysRule()).orElseThrow().verdict()).isEqualTo(Verdict.REFER_TO_PRESCRIBER);
        s.review = Scenario.at("2026-06-06T15:31");
        assertThat(s.check(new MissedDaysRule()).orElseThrow().verdict()).isEqualTo(Verdict.ALLOW_REDUCED);
    }

    @Test
    void reinductionAfterReviewAppliesInductionCaps() {
        Scenario s = missed(5).propose(100);
        s.review = Scenario.at("2026-06-10T08:30");
        assertThat(s.check(new MissedDaysRule()).orElseThrow().verdict()).isEqualTo(Verdict.ALLOW);
        Finding induction = s.check(new InductionRule()).orElseThrow();
        assertThat(induction.rule()).isEqualTo(RuleId.INDUCTION_FIRST_DOSE);
        assertThat(induction.maxDose()).isEqualTo(mg(15));
        assertThat(induction.reason()).startsWith("Induction day (restart after 5 days without a dose): injection 1");
    }

    @Test
    void aPatientsFirstDoseEverIsCalledThatNotARestartAfterNoDays() {
        Scenario s = missed(0).propose(100);
        s.history.clear();
        Finding induction = s.check(new InductionRule()).orElseThrow();
        assertThat(induction.reason()).startsWith("Induction day (no dose before today): injection 1")
                .doesNotContain("0 days");
    }

    @Test
    void onlyTheFirstDoseBackIsHeldAndTheCounterCanBeSwitchedOff() {
        Scenario dosedToday = missed(3).given("2026-06-10T08:05", 100, "AM").at("2026-06-10T15:00", "PM");
        assertThat(dosedToday.check(new MissedDaysRule())).isEmpty();
        Scenario off = missed(4);
        off.parameters = with("missedDaysCounter", false);
        assertThat(off.check(new MissedDaysRule())).isEmpty();
    }

    @Test
    void aRestartCapThatRoundsToNothingWithholds() {
        Scenario s = stablePatient();
        s.history.clear();
        s.history.add(new org.openhat.clinic.core.dosing.Administration(Scenario.at("2026-06-06T09:00"),
                new org.openhat.clinic.core.dosing.Milligrams(1), "AM", Scenario.PRODUCT));
        s.review = Scenario.at("2026-06-10T08:00");
        assertThat(s.check(new MissedDaysRule()).orElseThrow().verdict()).isEqualTo(Verdict.WITHHOLD);
    }
}
