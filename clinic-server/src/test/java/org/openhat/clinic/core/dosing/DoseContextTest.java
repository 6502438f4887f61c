package org.openhat.clinic.core.dosing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseContextTest {

    @ParameterizedTest(name = "last dose before yesterday on {0} -> yesterday was induction {1}")
    @CsvSource({"2026-06-03,true", "2026-06-04,false"})
    void yesterdayWasReinductionFromFiveMissedDays(String lastBefore, boolean induction) {
        Scenario s = Scenario.stablePatient();
        s.history.clear();
        s.given(lastBefore + "T09:00", 100, "AM").given("2026-06-09T09:00", 15, "AM");
        assertThat(s.context().wasInductionYesterday()).isEqualTo(induction);
    }

    @Test
    void noDoseYesterdayMeansYesterdayWasNoInduction() {
        Scenario s = Scenario.stablePatient();
        s.history.clear();
        s.given("2026-06-08T09:00", 100, "AM");
        assertThat(s.context().wasInductionYesterday()).isFalse();
    }

    @Test
    void portionsOfTheCurrentSessionAreNotThePreviousSession() {
        Scenario s = Scenario.newPatient().given("2026-06-10T08:10", 15, "AM");
        s.topUp = true;
        assertThat(s.context().previousSessionTotal()).isEqualTo(Milligrams.ZERO);
        assertThat(s.evaluate().observationMinutes()).isEqualTo(30);
    }

    @Test
    void safetyRulesStillReportWhenNoPrescriptionIsInForce() {
        Scenario s = Scenario.stablePatient().given("2026-06-10T06:00", 600, "EARLY").propose(500);
        s.startDate = java.time.LocalDate.parse("2026-07-01");
        s.status = org.openhat.clinic.core.patients.PatientStatus.SUSPENDED;
        s.at("2026-06-10T07:00", "AM");
        s.sedation = 3;
        s.respiratoryRate = 6;
        s.spo2 = 85;
        s.pupils = Pupils.PINPOINT;
        s.drowsy = true;
        s.coUse = true;
        s.concerns = "took pills";
        assertThat(s.evaluate().findings()).extracting(Finding::rule).contains(RuleId.PRESCRIPTION_ACTIVE,
                RuleId.PATIENT_ACTIVE, RuleId.SESSION_WINDOW, RuleId.INTERVAL_MIN_SESSIONS, RuleId.SEDATION_SCORE,
                RuleId.RESPIRATORY_RATE, RuleId.OXYGEN_SATURATION, RuleId.PINPOINT_PUPILS_DROWSY, RuleId.CO_USE,
                RuleId.SINGLE_DOSE_CEILING, RuleId.DAILY_DOSE_CEILING, RuleId.NURSE_CONCERNS)
                // nothing may be given, so there is no "with this dose today's total is ..." to advise on
                .doesNotContain(RuleId.DAILY_DOSE_ADVISORY);

        Scenario missed = Scenario.stablePatient();
        missed.history.clear();
        missed.given("2026-06-01T09:00", 200, "AM");
        missed.startDate = java.time.LocalDate.parse("2026-07-01");
        missed.pupils = null;
        assertThat(missed.evaluate().findings()).extracting(Finding::rule).contains(RuleId.MISSED_DAYS_REINDUCTION,
                RuleId.PRE_DOSE_ASSESSMENT);
        missed.review = Scenario.at("2026-06-10T08:00");
        missed.pupils = Pupils.NORMAL;
        assertThat(missed.evaluate().findings()).extracting(Finding::rule).contains(RuleId.INDUCTION_FIRST_DOSE);
    }
}
