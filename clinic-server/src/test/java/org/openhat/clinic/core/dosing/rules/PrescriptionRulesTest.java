package org.openhat.clinic.core.dosing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.dosing.Scenario.mg;
import static org.openhat.clinic.core.dosing.Scenario.stablePatient;
import static org.openhat.clinic.core.dosing.rules.PreDoseCheckRulesTest.assertVerdict;
import static org.openhat.clinic.core.dosing.rules.PreDoseCheckRulesTest.with;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhat.clinic.core.dosing.HomeOfficeLicence;
import org.openhat.clinic.core.dosing.Prescriber;
import org.openhat.clinic.core.dosing.PrescriptionVersion;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.dosing.RuleId;
import org.openhat.clinic.core.dosing.Scenario;
import org.openhat.clinic.core.dosing.Verdict;
import org.openhat.clinic.core.patients.PatientStatus;

class PrescriptionRulesTest {

    @ParameterizedTest(name = "{0} -> withheld {1}")
    @CsvSource({"ACTIVE,false", "REFERRED,true", "SUSPENDED,true", "DISCHARGED,true"})
    void dosesOnlyActivePatients(PatientStatus status, boolean withheld) {
        Scenario s = stablePatient();
        s.status = status;
        assertVerdict(s.check(new PatientActiveRule()), withheld ? Verdict.WITHHOLD : null);
    }

    @ParameterizedTest(name = "start {0}, end {1} on 2026-06-10 -> refer {2}")
    @CsvSource(value = {"2026-06-10,NULL,false", "2026-06-11,NULL,true", "2026-01-01,2026-06-10,false",
        "2026-01-01,2026-06-09,true"}, nullValues = "NULL")
    void refersWhenNoPrescriptionIsInForceOnTheClinicDate(LocalDate start, LocalDate end, boolean refer) {
        Scenario s = stablePatient();
        s.startDate = start;
        s.endDate = end;
        assertVerdict(s.check(new PrescriptionActiveRule()), refer ? Verdict.REFER_TO_PRESCRIBER : null);
    }

    @Test
    void ignoresAnotherPatientsPrescriptionAndUsesTheNewestVersion() {
        Scenario s = stablePatient();
        PrescriptionVersion mine = s.prescription();
        PrescriptionVersion other = new PrescriptionVersion("RX9", 1, "SOMEONE-ELSE", s.prescriber, Scenario.PRODUCT,
                EnumSet.of(Route.IV), s.dosePerSession, 2, s.startDate, null, null, false, false);
        s.prescriptions = List.of(other);
        assertVerdict(s.check(new PrescriptionActiveRule()), Verdict.REFER_TO_PRESCRIBER);

        PrescriptionVersion newer = new PrescriptionVersion("RX1", 2, Scenario.PATIENT, s.prescriber, "DIAM-500",
                EnumSet.of(Route.IV), s.dosePerSession, 2, s.startDate, null, null, false, true);
        s.prescriptions = List.of(mine, newer, other);
        assertThat(s.context().prescription()).isEqualTo(newer);
    }

    @ParameterizedTest(name = "medical {0}, non-medical allowed {1} -> refer {2}")
    @CsvSource({"true,false,false", "false,false,true", "false,true,false"})
    void refersNonMedicalPrescribers(boolean medical, boolean nonMedicalAllowed, boolean refer) {
        Scenario s = stablePatient();
        s.prescriber = new Prescriber("NMP1", "Nurse Prescriber", medical, s.prescriber.licence());
        s.parameters = with("allowNonMedicalPrescriberDiamorphine", nonMedicalAllowed);
        assertVerdict(s.check(new PrescriberMedicalRule()), refer ? Verdict.REFER_TO_PRESCRIBER : null);
    }

    @ParameterizedTest(name = "licence premises {0}, expires {1} -> refer {2}")
    @CsvSource(value = {"P1,2026-06-10,false", "P1,2026-06-09,true", "P2,2027-01-01,true", "P1,NULL,true"},
            nullValues = "NULL")
    void refersUnlessLicenceCoversThesePremisesOnTheClinicDate(String premises, LocalDate expires, boolean refer) {
        Scenario s = stablePatient();
        s.prescriber = new Prescriber("DR1", "Dr Lee", true, new HomeOfficeLicence("HO-1", premises, expires));
        assertVerdict(s.check(new PrescriberLicenceRule()), refer ? Verdict.REFER_TO_PRESCRIBER : null);
    }

    @Test
    void refersWhenPrescriberHasNoLicence() {
        Scenario s = stablePatient();
        s.prescriber = new Prescriber("DR2", "Dr Unlicensed", true, null);
        assertThat(s.check(new PrescriberLicenceRule()).orElseThrow().figures()).containsEntry("licence", "none");
    }

    @Test
    void withholdsWrongProduct() {
        Scenario s = stablePatient();
        assertThat(s.check(new ProductRule())).isEmpty();
        s.product = "DIAM-500";
        assertVerdict(s.check(new ProductRule()), Verdict.WITHHOLD);
    }

    @ParameterizedTest(name = "route {0}")
    @EnumSource(Route.class)
    void withholdsRoutesNotPrescribed(Route route) {
        Scenario s = stablePatient();
        s.route = route;
        assertThat(s.check(new RouteRule())).isEmpty();
        s.prescribedRoutes = EnumSet.complementOf(EnumSet.of(route));
        assertThat(s.check(new RouteRule()).orElseThrow().reason()).contains("the prescription does not allow");
    }

    @Test
    void withholdsRoutesTheClinicDoesNotAllow() {
        Scenario s = stablePatient();
        s.route = Route.SC;
        s.parameters = with("allowedRoutes", EnumSet.of(Route.IV, Route.IM));
        assertThat(s.check(new RouteRule()).orElseThrow().reason()).contains("this clinic does not allow");
    }

    @ParameterizedTest(name = "given {0} mg then propose {1} mg of 200 -> {2} max {3}")
    @CsvSource(value = {"0,199,,", "0,200,,", "0,201,ALLOW_REDUCED,200", "150,50,,", "150,51,ALLOW_REDUCED,50",
        "200,1,WITHHOLD,"})
    void nurseMayReduceButNeverIncreaseThePrescribedSessionDose(long given, long proposed, Verdict verdict,
            Long max) {
        Scenario s = stablePatient();
        s.inTitration = true;
        if (given > 0) {
            s.given("2026-06-10T08:30", given, "AM").topUp = true;
        }
        s.propose(proposed);
        var finding = s.check(new PrescribedSessionDoseRule());
        assertVerdict(finding, verdict);
        if (max != null) {
            assertThat(finding.orElseThrow().maxDose()).isEqualTo(mg(max));
        }
    }

    @Test
    void withholdsWhenNothingIsPrescribedForTheSession() {
        Scenario s = stablePatient();
        s.dosePerSession.remove("AM");
        assertThat(s.check(new PrescribedSessionDoseRule()).orElseThrow().rule())
                .isEqualTo(RuleId.PRESCRIBED_SESSION_DOSE);
        assertVerdict(s.check(new PrescribedSessionDoseRule()), Verdict.WITHHOLD);
    }
}
