package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** Repeats the nurse's written concerns with the verdict, so the second checker sees them too. */
public final class NurseConcernsRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        String concerns = context.assessment().nurseConcerns();
        if (concerns == null || concerns.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Finding.advisory(RuleId.NURSE_CONCERNS, "Nurse's concerns: " + concerns,
                Figures.of("concerns", concerns)));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
