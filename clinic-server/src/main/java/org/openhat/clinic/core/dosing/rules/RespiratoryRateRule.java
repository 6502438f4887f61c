package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.5 min_resp_rate_pre_dose: slow breathing before a dose is respiratory depression already. */
public final class RespiratoryRateRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Integer rate = context.assessment().respiratoryRatePerMinute();
        int minimum = context.parameters().minRespRatePreDose();
        if (rate == null || rate >= minimum) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.RESPIRATORY_RATE,
                "Do not dose: respiratory rate " + rate + "/min is below " + minimum + "/min. Check the patient now.",
                Figures.of("respiratoryRatePerMinute", rate, "minimum", minimum)));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
