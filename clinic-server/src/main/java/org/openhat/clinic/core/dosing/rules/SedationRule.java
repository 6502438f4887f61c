package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.5 sedation_score_withhold_at: a visibly sedated patient is not given more opioid. */
public final class SedationRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Integer score = context.assessment().sedationScore();
        int withholdAt = context.parameters().sedationScoreWithholdAt();
        if (score == null || score < withholdAt) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.SEDATION_SCORE,
                "Do not dose: sedation score " + score + " (withhold from " + withholdAt + "). Reassess later.",
                Figures.of("sedationScore", score, "withholdAt", withholdAt)));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
