package org.openhat.clinic.core.dosing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.dosing.Scenario.mg;
import static org.openhat.clinic.core.dosing.Scenario.stablePatient;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhat.clinic.core.dosing.BreathAlcoholTest;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Pupils;
import org.openhat.clinic.core.dosing.RuleId;
import org.openhat.clinic.core.dosing.Scenario;
import org.openhat.clinic.core.dosing.Verdict;

class PreDoseCheckRulesTest {

    @ParameterizedTest(name = "sedation score {0} -> withheld {1}")
    @CsvSource({"0,false", "1,false", "2,true", "3,true"})
    void withholdsFromSedationScoreTwo(int score, boolean withheld) {
        Scenario s = stablePatient();
        s.sedation = score;
        assertVerdict(s.check(new SedationRule()), withheld ? Verdict.WITHHOLD : null);
    }

    @Test
    void sedationThresholdIsConfigurable() {
        Scenario s = stablePatient();
        s.sedation = 2;
        s.parameters = with("sedationScoreWithholdAt", 3);
        assertThat(s.check(new SedationRule())).isEmpty();
    }

    @ParameterizedTest(name = "respiratory rate {0}/min -> withheld {1}")
    @CsvSource({"9,true", "10,false", "16,false"})
    void withholdsBelowTenBreathsPerMinute(int rate, boolean withheld) {
        Scenario s = stablePatient();
        s.respiratoryRate = rate;
        Optional<Finding> finding = s.check(new RespiratoryRateRule());
        assertVerdict(finding, withheld ? Verdict.WITHHOLD : null);
        finding.ifPresent(f -> assertThat(f.figures()).containsEntry("respiratoryRatePerMinute", "9"));
    }

    @ParameterizedTest(name = "SpO2 {0} % -> withheld {1}")
    @CsvSource({"91,true", "92,false", "99,false"})
    void withholdsBelowNinetyTwoPercentOxygen(int spo2, boolean withheld) {
        Scenario s = stablePatient();
        s.spo2 = spo2;
        assertVerdict(s.check(new OxygenSaturationRule()), withheld ? Verdict.WITHHOLD : null);
    }

    @Test
    void vitalSignRulesLeaveMissingReadingsToTheAssessmentRule() {
        Scenario s = stablePatient();
        s.sedation = null;
        s.respiratoryRate = null;
        s.spo2 = null;
        assertThat(s.check(new SedationRule())).isEmpty();
        assertThat(s.check(new RespiratoryRateRule())).isEmpty();
        assertThat(s.check(new OxygenSaturationRule())).isEmpty();
        assertThat(s.check(new PreDoseAssessmentRule()).orElseThrow().figures().get("missing"))
                .isEqualTo("sedation score (0–3), respiratory rate, SpO2 (0–100 %)");
    }

    @ParameterizedTest(name = "pupils {0}, drowsy {1}, rule on {2} -> withheld {3}")
    @CsvSource({"PINPOINT,true,true,true", "PINPOINT,false,true,false", "NORMAL,true,true,false",
        "DILATED,true,true,false", "PINPOINT,true,false,false"})
    void withholdsForPinpointPupilsWithDrowsiness(Pupils pupils, boolean drowsy, boolean ruleOn, boolean withheld) {
        Scenario s = stablePatient();
        s.pupils = pupils;
        s.drowsy = drowsy;
        s.parameters = with("pupilsPinpointWithhold", ruleOn);
        assertVerdict(s.check(new PinpointPupilsRule()), withheld ? Verdict.WITHHOLD : null);
    }

    @ParameterizedTest(name = "breath alcohol {0} ‰ -> {1}")
    @CsvSource({"0.99,", "1.00,ALLOW_REDUCED", "1.99,ALLOW_REDUCED", "2.00,REFER_TO_PRESCRIBER", "3.5,REFER_TO_PRESCRIBER"})
    void halvesFromOnePermilleAndRefersFromTwo(String permille, Verdict expected) {
        Scenario s = stablePatient();
        s.alcohol = new BigDecimal(permille);
        assertVerdict(s.check(new AlcoholRule()), expected);
    }

    @Test
    void alcoholHalvesTheSessionDoseIntoTwoQuarterPortions() {
        Scenario s = stablePatient();
        s.alcohol = new BigDecimal("1.2");
        Finding first = s.check(new AlcoholRule()).orElseThrow();
        assertThat(first.rule()).isEqualTo(RuleId.ALCOHOL_HALVE);
        assertThat(first.maxDose()).isEqualTo(mg(50));
        assertThat(first.figures()).containsEntry("halvedSessionDose", "100 mg");

        s.given("2026-06-10T09:00", 50, "AM").at("2026-06-10T09:30", "AM").topUp = true;
        assertThat(s.check(new AlcoholRule()).orElseThrow().maxDose()).isEqualTo(mg(50));

        s.given("2026-06-10T09:30", 50, "AM").at("2026-06-10T10:00", "AM");
        assertVerdict(s.check(new AlcoholRule()), Verdict.WITHHOLD);
    }

    @Test
    void alcoholRuleIgnoresMissingReadingAndUnprescribedSession() {
        Scenario s = stablePatient();
        s.alcohol = null;
        assertThat(s.check(new AlcoholRule())).isEmpty();
        s.alcohol = new BigDecimal("1.5");
        s.session = "EVE";
        assertThat(s.check(new AlcoholRule())).isEmpty();
    }

    @Test
    void breathReadingConvertsWithTheStatutoryRatio() {
        assertThat(org.openhat.clinic.core.dosing.PreDoseAssessment.permilleFromBreath(35)).isEqualByComparingTo("0.80");
        assertThat(org.openhat.clinic.core.dosing.PreDoseAssessment.permilleFromBreath(44)).isEqualByComparingTo("1.01");
        assertThat(org.openhat.clinic.core.dosing.PreDoseAssessment.permilleFromBreath(43)).isEqualByComparingTo("0.99");
        assertThat(org.openhat.clinic.core.dosing.PreDoseAssessment.permilleFromBreath(0)).isEqualByComparingTo("0");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> org.openhat.clinic.core.dosing.PreDoseAssessment.permilleFromBreath(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "co-use {0}, reason ''{1}'', rule on {2} -> {3}")
    @CsvSource(value = {"false,'',true,", "true,'',true,WITHHOLD", "true,NULL,true,WITHHOLD", "true,'   ',true,WITHHOLD",
        "true,smells of alcohol and slurred,true,ALLOW", "true,'',false,"}, nullValues = "NULL")
    void coUseNeedsAWrittenReasonBeforeTheNurseDecides(boolean coUse, String reason, boolean ruleOn, Verdict expected) {
        Scenario s = stablePatient();
        s.coUse = coUse;
        s.concerns = reason;
        s.parameters = with("coUseReduceOrRefuse", ruleOn);
        assertVerdict(s.check(new CoUseRule()), expected);
    }

    @ParameterizedTest(name = "concerns ''{0}'' -> advisory {1}")
    @CsvSource(value = {"NULL,false", "'',false", "' ',false", "seems low today,true"}, nullValues = "NULL")
    void repeatsNurseConcernsAsAnAdvisory(String concerns, boolean shown) {
        Scenario s = stablePatient();
        s.concerns = concerns;
        assertVerdict(s.check(new NurseConcernsRule()), shown ? Verdict.ALLOW : null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {
        "complete,0,16,98,NORMAL,0.0,EVERY_SESSION,",
        "sedation below scale,-1,16,98,NORMAL,0.0,EVERY_SESSION,sedation score (0–3)",
        "sedation above scale,4,16,98,NORMAL,0.0,EVERY_SESSION,sedation score (0–3)",
        "negative breathing,0,-1,98,NORMAL,0.0,EVERY_SESSION,respiratory rate",
        "negative spo2,0,16,-1,NORMAL,0.0,EVERY_SESSION,SpO2 (0–100 %)",
        "spo2 over 100,0,16,101,NORMAL,0.0,EVERY_SESSION,SpO2 (0–100 %)",
        "spo2 100,0,16,100,NORMAL,0.0,EVERY_SESSION,",
        "lowest readings on the scale,0,0,0,NORMAL,0.0,EVERY_SESSION,",
        "highest sedation on the scale,3,16,98,NORMAL,0.0,EVERY_SESSION,",
        "no pupils,0,16,98,NULL,0.0,EVERY_SESSION,pupils",
        "no breath test every session,0,16,98,NORMAL,NULL,EVERY_SESSION,breath alcohol",
        "no breath test when not suspected,0,16,98,NORMAL,NULL,WHEN_SUSPECTED,",
        "negative breath alcohol,0,16,98,NORMAL,-0.1,WHEN_SUSPECTED,breath alcohol"}, nullValues = "NULL")
    void refusesIncompleteOrImpossibleAssessment(String name, int sedation, int rate, int spo2, Pupils pupils,
            BigDecimal alcohol, BreathAlcoholTest test, String missing) {
        Scenario s = stablePatient();
        s.sedation = sedation;
        s.respiratoryRate = rate;
        s.spo2 = spo2;
        s.pupils = pupils;
        s.alcohol = alcohol;
        s.parameters = with("breathAlcoholTest", test);
        Optional<Finding> finding = s.check(new PreDoseAssessmentRule());
        if (missing == null) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding.orElseThrow().verdict()).isEqualTo(Verdict.WITHHOLD);
            assertThat(finding.orElseThrow().figures()).containsEntry("missing", missing);
        }
    }

    static void assertVerdict(Optional<Finding> finding, Verdict expected) {
        if (expected == null) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo(expected));
        }
    }

    /** Default parameters with one changed, by name, as YAML would. */
    static DosingParameters with(String name, Object value) {
        return org.openhat.clinic.core.dosing.ParametersForTests.with(name, value);
    }
}
