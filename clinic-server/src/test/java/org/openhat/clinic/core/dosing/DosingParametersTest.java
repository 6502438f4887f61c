package org.openhat.clinic.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DosingParametersTest {

    @Test
    void defaultsAreTheDocumentedValues() {
        DosingParameters p = DosingParameters.defaults();
        assertThat(p.requireActivePrescription()).isTrue();
        assertThat(p.prescriberHomeOfficeLicenceRequired()).isTrue();
        assertThat(p.allowNonMedicalPrescriberDiamorphine()).isFalse();
        assertThat(p.nurseMayReduceOnly()).isTrue();
        assertThat(p.takeHomeInjectableAllowed()).isFalse();
        assertThat(p.maxDosesPerDay()).isEqualTo(2);
        assertThat(p.minMinutesBetweenSessions()).isEqualTo(180);
        assertThat(p.minMinutesBetweenTopups()).isEqualTo(30);
        assertThat(p.inductionFirstDoseMaxMg()).isEqualTo(15);
        assertThat(p.inductionDay1DoseMaxMg()).isEqualTo(30);
        assertThat(p.maxSingleDoseIncreasePct()).isEqualTo(50);
        assertThat(p.nextDaySingleDoseCapPctOfPrevTotal()).isEqualTo(50);
        assertThat(p.maxSingleDoseMg()).isEqualTo(450);
        assertThat(p.maxDailyInjectableMg()).isEqualTo(900);
        assertThat(p.dailyDoseAdvisoryMg()).isEqualTo(600);
        assertThat(p.maxDailyOralMethadoneMg()).isEqualTo(150);
        assertThat(p.showCombinedOpioidLoad()).isTrue();
        assertThat(p.doseSaltBasis()).isEqualTo("diamorphine hydrochloride");
        assertThat(p.missedDaysCounter()).isTrue();
        assertThat(p.missedSessionsNoChange()).isEqualTo(2);
        assertThat(p.missedDaysHalveThreshold()).isEqualTo(3);
        assertThat(p.missedDaysPrescriberReviewThreshold()).isEqualTo(4);
        assertThat(p.missedDaysReinductionThreshold()).isEqualTo(5);
        assertThat(p.preDoseAssessmentRequired()).isTrue();
        assertThat(p.breathAlcoholTest()).isEqualTo(BreathAlcoholTest.EVERY_SESSION);
        assertThat(p.bacHalveThresholdPermille()).isEqualByComparingTo("1.0");
        assertThat(p.bacWithholdThresholdPermille()).isEqualByComparingTo("2.0");
        assertThat(p.sedationScoreWithholdAt()).isEqualTo(2);
        assertThat(p.minRespRatePreDose()).isEqualTo(10);
        assertThat(p.minSpo2PreDose()).isEqualTo(92);
        assertThat(p.pupilsPinpointWithhold()).isTrue();
        assertThat(p.coUseReduceOrRefuse()).isTrue();
        assertThat(p.allowedRoutes()).containsExactlyInAnyOrder(Route.IV, Route.IM, Route.SC);
        assertThat(p.supervisionRequired()).isTrue();
        assertThat(p.postDoseObsMinutes()).isEqualTo(20);
        assertThat(p.postDoseObsMinutesAfterChange()).isEqualTo(30);
        assertThat(p.naloxoneInitialMg()).isEqualByComparingTo("0.4");
        assertThat(p.dischargeRequiresObsCount()).isEqualTo(2);
    }

    @Test
    void aValueGivenInYamlReplacesOnlyItsDefault() {
        DosingParameters p = ParametersForTests.with("maxDosesPerDay", 3, "maxDailyInjectableMg", 1000,
                "allowedRoutes", EnumSet.of(Route.IV), "bacHalveThresholdPermille", new BigDecimal("0.8"),
                "breathAlcoholTest", BreathAlcoholTest.WHEN_SUSPECTED, "doseSaltBasis", "DAM",
                "naloxoneInitialMg", new BigDecimal("0.8"), "requireActivePrescription", true);
        assertThat(p.maxDosesPerDay()).isEqualTo(3);
        assertThat(p.maxDailyInjectableMg()).isEqualTo(1000);
        assertThat(p.allowedRoutes()).containsExactly(Route.IV);
        assertThat(p.bacHalveThresholdPermille()).isEqualByComparingTo("0.8");
        assertThat(p.minSpo2PreDose()).isEqualTo(92);
    }

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @CsvSource({"maxDosesPerDay,1", "maxDosesPerDay,3", "maxSingleDoseIncreasePct,0", "minSpo2PreDose,100"})
    void acceptsBothEndsOfARange(String name, int value) throws Exception {
        DosingParameters p = ParametersForTests.with(name, value);
        assertThat(DosingParameters.class.getMethod(name).invoke(p)).isEqualTo(value);
    }

    @Test
    void aParameterNameThatDoesNotExistIsNotSilentlyIgnored() {
        assertThatThrownBy(() -> ParametersForTests.with("maxDosesPerDya", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDosesPerDya");
    }

    @Test
    void acceptsTheHighestAlcoholThreshold() {
        assertThat(ParametersForTests.with("bacWithholdThresholdPermille", new BigDecimal("5"))
                .bacWithholdThresholdPermille()).isEqualByComparingTo("5");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({"maxDosesPerDay,0", "maxDosesPerDay,4", "minMinutesBetweenTopups,0", "minMinutesBetweenSessions,29",
        "maxDailyInjectableMg,1001", "maxSingleDoseMg,501", "inductionDay1DoseMaxMg,451", "inductionFirstDoseMaxMg,31",
        "maxSingleDoseIncreasePct,101", "nextDaySingleDoseCapPctOfPrevTotal,0", "dailyDoseAdvisoryMg,901",
        "maxDailyOralMethadoneMg,151", "maxDailyOralMethadoneMg,-1", "missedDaysReinductionThreshold,2",
        "missedDaysPrescriberReviewThreshold,5", "missedDaysHalveThreshold,4", "missedSessionsNoChange,3",
        "sedationScoreWithholdAt,0", "minRespRatePreDose,31", "minSpo2PreDose,49", "minSpo2PreDose,101",
        "postDoseObsMinutes,9", "postDoseObsMinutesAfterChange,19"})
    void refusesValuesOutsideTheSafeRange(String name, int value) {
        assertThatThrownBy(() -> ParametersForTests.with(name, value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({"requireActivePrescription,false", "prescriberHomeOfficeLicenceRequired,false",
        "nurseMayReduceOnly,false", "takeHomeInjectableAllowed,true", "preDoseAssessmentRequired,false",
        "supervisionRequired,false"})
    void refusesSwitchingOffALegalRequirement(String name, boolean value) {
        assertThatThrownBy(() -> ParametersForTests.with(name, value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legal requirement");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({"bacHalveThresholdPermille,0", "bacHalveThresholdPermille,5.1", "bacWithholdThresholdPermille,1.0",
        "naloxoneInitialMg,0", "naloxoneInitialMg,2.1"})
    void refusesImpossibleDecimals(String name, BigDecimal value) {
        assertThatThrownBy(() -> ParametersForTests.with(name, value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesEmptyRoutesAndBlankSaltBasis() {
        assertThatThrownBy(() -> ParametersForTests.with("allowedRoutes", Set.of()))
                .hasMessageContaining("allowedRoutes");
        assertThatThrownBy(() -> ParametersForTests.with("doseSaltBasis", " "))
                .hasMessageContaining("doseSaltBasis");
        assertThat(ParametersForTests.with("naloxoneInitialMg", new BigDecimal("2")).naloxoneInitialMg())
                .isEqualByComparingTo("2");
    }
}
