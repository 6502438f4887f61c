package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.5 co_use_reduce_or_refuse: evident excessive co-use of sedatives is the nurse's call (reduce or
 * refuse), but the reason must be written down before anything is given.
 */
public final class CoUseRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        PreDoseAssessment a = context.assessment();
        if (!context.parameters().coUseReduceOrRefuse() || !a.coUseSuspected()) {
            return Optional.empty();
        }
        if (a.nurseConcerns() == null || a.nurseConcerns().isBlank()) {
            return Optional.of(Finding.withhold(RuleId.CO_USE,
                    "Do not dose yet: co-use of other sedatives is flagged but no reason is written. "
                            + "Record what you saw, then decide whether to reduce or refuse.",
                    Figures.of("coUseSuspected", true, "reason", "none")));
        }
        return Optional.of(Finding.advisory(RuleId.CO_USE,
                "Co-use of other sedatives is flagged: decide whether to reduce or refuse this dose.",
                Figures.of("coUseSuspected", true, "reason", a.nurseConcerns())));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
