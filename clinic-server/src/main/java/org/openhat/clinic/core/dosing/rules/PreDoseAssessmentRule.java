package org.openhat.clinic.core.dosing.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openhat.clinic.core.dosing.BreathAlcoholTest;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.5 pre_dose_assessment_required: no dose is released on an incomplete or impossible check. */
public final class PreDoseAssessmentRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        PreDoseAssessment a = context.assessment();
        List<String> gaps = new ArrayList<>();
        if (a.sedationScore() == null || a.sedationScore() < 0 || a.sedationScore() > 3) {
            gaps.add("sedation score (0–3)");
        }
        if (a.respiratoryRatePerMinute() == null || a.respiratoryRatePerMinute() < 0) {
            gaps.add("respiratory rate");
        }
        if (a.spo2Percent() == null || a.spo2Percent() < 0 || a.spo2Percent() > 100) {
            gaps.add("SpO2 (0–100 %)");
        }
        if (a.pupils() == null) {
            gaps.add("pupils");
        }
        if (a.breathAlcoholPermilleBac() == null
                ? context.parameters().breathAlcoholTest() == BreathAlcoholTest.EVERY_SESSION
                : a.breathAlcoholPermilleBac().signum() < 0) {
            gaps.add("breath alcohol");
        }
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.PRE_DOSE_ASSESSMENT,
                "Do not dose yet: the pre-dose check is missing or has an impossible value for "
                        + String.join(", ", gaps) + ". Complete the check first.",
                Figures.of("missing", String.join(", ", gaps))));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
