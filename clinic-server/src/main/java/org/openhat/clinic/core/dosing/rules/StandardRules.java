package org.openhat.clinic.core.dosing.rules;

import java.util.List;
import org.openhat.clinic.core.dosing.Rule;

/** Every rule of clinical-rules.md §7.1–§7.6, in the order their findings are shown to the nurse. */
public final class StandardRules {

    private StandardRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new PreDoseAssessmentRule(),
                new PatientActiveRule(),
                new PrescriptionActiveRule(),
                new PrescriberMedicalRule(),
                new PrescriberLicenceRule(),
                new ProductRule(),
                new RouteRule(),
                new SessionWindowRule(),
                new SessionAlreadyDosedRule(),
                new IntervalRule(),
                new DosesPerDayRule(),
                new MissedDaysRule(),
                new AlcoholRule(),
                new SedationRule(),
                new RespiratoryRateRule(),
                new OxygenSaturationRule(),
                new PinpointPupilsRule(),
                new CoUseRule(),
                new PrescribedSessionDoseRule(),
                new InductionRule(),
                new MaxSingleDoseIncreaseRule(),
                new NextDaySingleDoseCapRule(),
                new SingleDoseCeilingRule(),
                new DailyDoseCeilingRule(),
                new DailyDoseAdvisoryRule(),
                new OralMethadoneCeilingRule(),
                new CombinedOpioidLoadRule(),
                new NurseConcernsRule());
    }
}
