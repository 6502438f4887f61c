package org.openhat.clinic.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.dosing.Scenario.mg;
import static org.openhat.clinic.core.dosing.Scenario.newPatient;
import static org.openhat.clinic.core.dosing.Scenario.stablePatient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.dosing.rules.StandardRules;

class DoseSafetyCheckTest {

    @Test
    void allowsTheUsualDoseForAStablePatientWithOnlyTheOpioidLoadShown() {
        DoseCheckOutcome outcome = stablePatient().evaluate();
        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(outcome.allowsDose()).isTrue();
        assertThat(outcome.maxAllowed()).isEqualTo(mg(200));
        assertThat(outcome.observationMinutes()).isEqualTo(20);
        assertThat(outcome.findings()).extracting(Finding::rule).containsExactly(RuleId.COMBINED_OPIOID_LOAD);
    }

    @Test
    void reductionsTakeTheSmallestCapAndReportEveryRule() {
        Scenario s = stablePatient().propose(300);
        s.alcohol = new BigDecimal("1.5");
        DoseCheckOutcome outcome = s.evaluate();
        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW_REDUCED);
        assertThat(outcome.maxAllowed()).isEqualTo(mg(50));
        assertThat(outcome.findings()).extracting(Finding::rule)
                .contains(RuleId.ALCOHOL_HALVE, RuleId.PRESCRIBED_SESSION_DOSE);
    }

    @Test
    void reducedVerdictNeverAllowsMoreThanWasProposed() {
        Scenario s = stablePatient().propose(20);
        s.alcohol = new BigDecimal("1.5");
        DoseCheckOutcome outcome = s.evaluate();
        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW_REDUCED);
        assertThat(outcome.maxAllowed()).isEqualTo(mg(20));
    }

    @Test
    void worstVerdictWinsAndABlockedDoseAllowsNothing() {
        Scenario s = stablePatient().propose(300);
        s.alcohol = new BigDecimal("2.5");
        s.sedation = 3;
        DoseCheckOutcome outcome = s.evaluate();
        assertThat(outcome.verdict()).isEqualTo(Verdict.REFER_TO_PRESCRIBER);
        assertThat(outcome.maxAllowed()).isEqualTo(Milligrams.ZERO);
        assertThat(outcome.observationMinutes()).isZero();
        assertThat(outcome.findings()).extracting(Finding::rule)
                .contains(RuleId.ALCOHOL_WITHHOLD, RuleId.SEDATION_SCORE, RuleId.PRESCRIBED_SESSION_DOSE);
    }

    @Test
    void withoutAPrescriptionOnlyPrescriptionFreeRulesRun() {
        Scenario s = stablePatient();
        s.startDate = java.time.LocalDate.parse("2026-07-01");
        DoseCheckOutcome outcome = s.evaluate();
        assertThat(outcome.verdict()).isEqualTo(Verdict.REFER_TO_PRESCRIBER);
        assertThat(outcome.findings()).extracting(Finding::rule).containsExactly(RuleId.PRESCRIPTION_ACTIVE);
    }

    static Stream<Arguments> longerObservation() {
        return Stream.of(
                Arguments.of("usual dose", (Consumer<Scenario>) s -> { }, 20),
                Arguments.of("less than last time", (Consumer<Scenario>) s -> s.propose(150), 20),
                Arguments.of("dose changed", (Consumer<Scenario>) s -> s.doseChanged = true, 30),
                Arguments.of("in titration", (Consumer<Scenario>) s -> s.inTitration = true, 30),
                Arguments.of("rise over last session", (Consumer<Scenario>) s -> {
                    s.dosePerSession.put("AM", mg(250));
                    s.propose(250);
                }, 30),
                Arguments.of("first ever dose", (Consumer<Scenario>) s -> {
                    s.history.clear();
                    s.propose(15);
                }, 30),
                Arguments.of("restart after missed days", (Consumer<Scenario>) s -> {
                    s.history.clear();
                    s.given("2026-06-06T09:00", 200, "AM");
                    s.review = Scenario.at("2026-06-10T08:00");
                    s.propose(100);
                }, 30),
                Arguments.of("two missed days is no restart", (Consumer<Scenario>) s -> {
                    s.history.clear();
                    s.given("2026-06-07T09:00", 200, "AM");
                }, 20));
    }

    @ParameterizedTest(name = "{0} -> {2} min")
    @MethodSource("longerObservation")
    void observesLongerAfterAnyChangeOfDose(String name, Consumer<Scenario> change, int minutes) {
        Scenario s = stablePatient();
        change.accept(s);
        DoseCheckOutcome outcome = s.evaluate();
        assertThat(outcome.allowsDose()).isTrue();
        assertThat(outcome.observationMinutes()).isEqualTo(minutes);
    }

    @Test
    void aRuleThatThrowsWithholdsButOtherFindingsStand() {
        List<Rule> rules = new ArrayList<>(StandardRules.all());
        rules.add(0, context -> {
            throw new IllegalStateException("boom");
        });
        Scenario s = stablePatient();
        s.sedation = 3;
        DoseCheckOutcome outcome = new DoseSafetyCheck(s.parameters, rules)
                .evaluate(s.snapshot(), s.proposed(), s.assessment(), s.at);
        assertThat(outcome.verdict()).isEqualTo(Verdict.WITHHOLD);
        assertThat(outcome.maxAllowed()).isEqualTo(Milligrams.ZERO);
        assertThat(outcome.findings().get(0).rule()).isEqualTo(RuleId.ENGINE_FAULT);
        assertThat(outcome.findings().get(0).reason()).startsWith("Do not administer").contains("boom");
        assertThat(outcome.findings()).extracting(Finding::rule).contains(RuleId.SEDATION_SCORE);
    }

    @Test
    void aRuleThatThrowsWithoutMessageStillWithholds() {
        Rule broken = context -> {
            throw new NullPointerException();
        };
        Scenario s = stablePatient();
        DoseCheckOutcome outcome = new DoseSafetyCheck(s.parameters, List.of(broken))
                .evaluate(s.snapshot(), s.proposed(), s.assessment(), s.at);
        assertThat(outcome.verdict()).isEqualTo(Verdict.WITHHOLD);
        assertThat(outcome.findings().get(0).figures().get("problem")).contains("NullPointerException");
    }

    @Test
    void aFaultOutsideTheRulesWithholds() {
        Scenario s = stablePatient();
        s.history.clear();
        s.history.add(new Administration(Scenario.at("2026-06-10T06:00"), new Milligrams(Long.MAX_VALUE), "X", "P"));
        s.history.add(new Administration(Scenario.at("2026-06-10T06:01"), new Milligrams(Long.MAX_VALUE), "X", "P"));
        DoseCheckOutcome outcome = s.evaluate();
        assertThat(outcome.verdict()).isEqualTo(Verdict.WITHHOLD);
        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleId.ENGINE_FAULT);
            assertThat(f.reason()).contains("ArithmeticException");
        });
    }

    static Stream<Arguments> brokenInputs() {
        return Stream.of(
                broken("no patient id", s -> s.patientId = null, "the patient id is missing"),
                broken("unknown status", s -> s.status = null, "the patient status is missing"),
                broken("no premises", s -> s.premises = null, "the clinic premises id is missing"),
                broken("no calendar", s -> s.calendar = null, "the clinic calendar is missing"),
                broken("history out of order", s -> s.given("2026-06-08T09:00", 200, "AM"), "out of time order"),
                broken("dose in the future", s -> s.given("2026-06-10T09:01", 200, "AM"), "after the time of the check"),
                broken("dosed but no history", s -> {
                    s.history.clear();
                    s.everDosed = true;
                }, "no dose history"),
                broken("never dosed but history", s -> s.everDosed = false, "marked never dosed"),
                broken("prescription twice", s -> s.prescriptions = List.of(s.prescription(), s.prescription()),
                        "listed twice"),
                broken("prescription without prescriber", s -> s.prescriber = null, "lacks its prescriber"),
                broken("prescription without product", s -> s.prescriptions = List.of(withProduct(s, null)),
                        "lacks its prescriber"),
                broken("prescription without start", s -> s.startDate = null, "lacks its prescriber"),
                broken("prescription without patient", s -> s.prescriptions = List.of(new PrescriptionVersion("RX1", 1,
                        null, s.prescriber, "P", s.prescribedRoutes, s.dosePerSession, 2, s.startDate, null, null,
                        false, false)), "lacks its prescriber"),
                broken("zero dose", s -> s.dose = Milligrams.ZERO, "the proposed amount is zero"),
                broken("no dose", s -> s.dose = null, "the proposed amount is missing"),
                broken("no product", s -> s.product = null, "the proposed product is missing"),
                broken("unknown route", s -> s.route = null, "the proposed route is missing"),
                broken("no session", s -> s.session = null, "the selected session is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void failsClosedOnMissingOrInconsistentSnapshot(String name, Consumer<Scenario> breakIt, String problem) {
        Scenario s = stablePatient();
        breakIt.accept(s);
        assertFailedClosed(s.evaluate(), problem);
    }

    @Test
    void failsClosedOnNullArguments() {
        Scenario s = stablePatient();
        DoseSafetyCheck check = new DoseSafetyCheck(s.parameters);
        assertFailedClosed(check.evaluate(null, s.proposed(), s.assessment(), s.at), "the patient snapshot is missing");
        assertFailedClosed(check.evaluate(s.snapshot(), null, s.assessment(), s.at), "the proposed dose is missing");
        assertFailedClosed(check.evaluate(s.snapshot(), s.proposed(), null, s.at), "the pre-dose assessment is missing");
        assertFailedClosed(check.evaluate(s.snapshot(), s.proposed(), s.assessment(), null), "the time of the check");
        PatientSnapshot noHistory = new PatientSnapshot("PAT1", s.status, s.premises, List.of(s.prescription()), null,
                true, null, s.calendar);
        assertFailedClosed(check.evaluate(noHistory, s.proposed(), s.assessment(), s.at),
                "the dose history is missing");
        assertThat(check.evaluate(noHistory, s.proposed(), s.assessment(), s.at).findings().get(0).rule())
                .isEqualTo(RuleId.SNAPSHOT_INCONSISTENT);
    }

    @Test
    void failClosedFactoryGivesTheServerAWithholdForDatabaseTimeouts() {
        DoseCheckOutcome outcome = DoseCheckOutcome.failClosed("database timed out");
        assertFailedClosed(outcome, "database timed out");
        assertThat(outcome.findings().get(0).rule()).isEqualTo(RuleId.ENGINE_FAULT);
    }

    @Test
    void aNewPatientsFirstDoseIsCappedAtFifteenMilligrams() {
        DoseCheckOutcome outcome = newPatient().propose(30).evaluate();
        assertThat(outcome.verdict()).isEqualTo(Verdict.ALLOW_REDUCED);
        assertThat(outcome.maxAllowed()).isEqualTo(mg(15));
        assertThat(outcome.observationMinutes()).isEqualTo(30);
    }

    private static PrescriptionVersion withProduct(Scenario s, String product) {
        return new PrescriptionVersion("RX1", 1, Scenario.PATIENT, s.prescriber, product, s.prescribedRoutes,
                s.dosePerSession, 2, s.startDate, null, null, false, false);
    }

    private static Arguments broken(String name, Consumer<Scenario> breakIt, String problem) {
        return Arguments.of(name, breakIt, problem);
    }

    private static void assertFailedClosed(DoseCheckOutcome outcome, String problem) {
        assertThat(outcome.verdict()).isEqualTo(Verdict.WITHHOLD);
        assertThat(outcome.maxAllowed()).isEqualTo(Milligrams.ZERO);
        assertThat(outcome.allowsDose()).isFalse();
        Finding finding = outcome.findings().get(0);
        assertThat(finding.reason()).startsWith("Do not administer");
        assertThat(finding.rule() + " " + finding.reason()).contains(problem);
        assertThat(Optional.ofNullable(finding.maxDose())).isEmpty();
    }
}
