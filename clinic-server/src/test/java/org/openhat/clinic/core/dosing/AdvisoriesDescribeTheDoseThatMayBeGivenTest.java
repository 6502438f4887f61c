package org.openhat.clinic.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.dosing.Scenario.mg;
import static org.openhat.clinic.core.dosing.Scenario.newPatient;
import static org.openhat.clinic.core.dosing.Scenario.stablePatient;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Under a reduced or blocked verdict the advisory lines speak of the dose that may actually be
 * given, never of the dose that was proposed, so nothing under the banner contradicts it.
 */
class AdvisoriesDescribeTheDoseThatMayBeGivenTest {

    @Test
    void theOpioidLoadCountsTheProposedDoseWhenItIsAllowed() {
        DoseCheckOutcome outcome = stablePatient().evaluate();

        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(reason(outcome, RuleId.COMBINED_OPIOID_LOAD)).isEqualTo(
                "Today's opioids if this dose is given: diamorphine 200 mg injected; no oral methadone today.");
    }

    @Test
    void theOpioidLoadNamesPrescribedMethadoneAsADailyAmount() {
        Scenario s = stablePatient();
        s.oralMethadone = mg(60);

        assertThat(reason(s.evaluate(), RuleId.COMBINED_OPIOID_LOAD)).isEqualTo(
                "Today's opioids if this dose is given: diamorphine 200 mg injected; oral methadone 60 mg a day.");
    }

    @Test
    void noMethadoneAtAllReadsAsNoOralMethadoneTodayNotAsNoneOrZeroADay() {
        Scenario s = stablePatient();
        s.oralMethadone = mg(0);

        assertThat(reason(s.evaluate(), RuleId.COMBINED_OPIOID_LOAD)).isEqualTo(
                "Today's opioids if this dose is given: diamorphine 200 mg injected; no oral methadone today.");
    }

    @Test
    void theOpioidLoadCountsTheCappedDoseWhenTheDoseIsReduced() {
        DoseCheckOutcome outcome = newPatient().propose(100).evaluate();

        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW_REDUCED);
        assertThat(outcome.maxAllowed()).isEqualTo(mg(15));
        assertThat(reason(outcome, RuleId.COMBINED_OPIOID_LOAD)).isEqualTo(
                "Today's opioids with the 15 mg that may be given now: diamorphine 15 mg injected; "
                        + "no oral methadone today.");
        assertThat(outcome.findings()).filteredOn(Finding::isAdvisory)
                .allSatisfy(f -> assertThat(f.reason()).doesNotContain("100 mg").doesNotContain("if this dose is given"));
    }

    @Test
    void whenNothingMayBeGivenTheOpioidLoadSaysWhatWasGivenSoFarAndNoIfThisDoseLine() {
        Scenario s = stablePatient().given("2026-06-10T06:00", 100, "EARLY");
        s.sedation = 3;

        DoseCheckOutcome outcome = s.evaluate();

        assertThat(outcome.allowsDose()).isFalse();
        assertThat(reason(outcome, RuleId.COMBINED_OPIOID_LOAD)).isEqualTo(
                "Today's opioids so far (no dose may be given now): diamorphine 100 mg injected; "
                        + "no oral methadone today.");
        assertThat(outcome.findings()).extracting(Finding::reason)
                .noneSatisfy(r -> assertThat(r).contains("if this dose is given"));
    }

    @Test
    void whenNothingHasBeenGivenAndNothingMayBeTheOpioidLoadSaysSoInWords() {
        Scenario s = newPatient().propose(100);
        s.sedation = 3;

        assertThat(reason(s.evaluate(), RuleId.COMBINED_OPIOID_LOAD)).isEqualTo(
                "Today's opioids so far (no dose may be given now): no diamorphine injected yet; no oral methadone today.");
    }

    @Test
    void theDailyAdvisoryCountsTheProposedDoseWhenItIsAllowed() {
        Scenario s = stablePatient().given("2026-06-10T06:00", 400, "EARLY").propose(300);
        s.dosePerSession.put("AM", mg(300));

        DoseCheckOutcome outcome = s.evaluate();

        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(reason(outcome, RuleId.DAILY_DOSE_ADVISORY)).contains(
                "For information: with this dose today's total is 700 mg, above 600 mg");
    }

    @Test
    void theDailyAdvisoryCountsTheCappedDoseWhenTheDoseIsReduced() {
        Scenario s = stablePatient().given("2026-06-10T06:00", 500, "EARLY").propose(450);
        s.dosePerSession.put("AM", mg(450));

        DoseCheckOutcome outcome = s.evaluate();

        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW_REDUCED);
        assertThat(outcome.maxAllowed()).isEqualTo(mg(400));
        assertThat(reason(outcome, RuleId.DAILY_DOSE_ADVISORY)).contains(
                "For information: with the 400 mg that may be given now today's total is 900 mg, above 600 mg");
    }

    @Test
    void theDailyAdvisoryIsSilentWhenNothingMayBeGiven() {
        Scenario s = stablePatient().given("2026-06-10T06:00", 400, "EARLY").propose(300);
        s.dosePerSession.put("AM", mg(300));
        s.sedation = 3;

        DoseCheckOutcome outcome = s.evaluate();

        assertThat(outcome.allowsDose()).isFalse();
        assertThat(outcome.findings()).extracting(Finding::rule).doesNotContain(RuleId.DAILY_DOSE_ADVISORY);
    }

    @Test
    void aRuleThatDescribesTheDoseCannotChangeTheVerdict() {
        Rule rogue = new Rule() {
            @Override
            public Optional<Finding> check(DoseContext context) {
                return Optional.of(Finding.withhold(RuleId.COMBINED_OPIOID_LOAD, "rogue", java.util.Map.of()));
            }

            @Override
            public boolean describesTheDoseGiven() {
                return true;
            }
        };
        Scenario s = stablePatient();

        DoseCheckOutcome outcome = new DoseSafetyCheck(s.parameters, java.util.List.of(rogue))
                .evaluate(s.snapshot(), s.proposed(), s.assessment(), s.at);

        assertThat(outcome.verdict()).isEqualTo(Verdict.WITHHOLD);
        assertThat(outcome.findings()).extracting(Finding::rule).containsExactly(RuleId.ENGINE_FAULT);
    }

    @Test
    void aRuleThatDescribesTheDoseAndFailsFailsClosedLikeAnyOther() {
        Rule broken = new Rule() {
            @Override
            public Optional<Finding> check(DoseContext context) {
                throw new IllegalStateException("no figures");
            }

            @Override
            public boolean describesTheDoseGiven() {
                return true;
            }
        };
        Scenario s = stablePatient();

        DoseCheckOutcome outcome = new DoseSafetyCheck(s.parameters, java.util.List.of(broken))
                .evaluate(s.snapshot(), s.proposed(), s.assessment(), s.at);

        assertThat(outcome.verdict()).isEqualTo(Verdict.WITHHOLD);
        assertThat(outcome.findings()).extracting(Finding::rule).containsExactly(RuleId.ENGINE_FAULT);
        assertThat(outcome.findings().get(0).reason()).contains("no figures");
    }

    private static String reason(DoseCheckOutcome outcome, RuleId rule) {
        return outcome.findings().stream().filter(f -> f.rule() == rule).map(Finding::reason).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not among " + outcome.findings()));
    }
}
