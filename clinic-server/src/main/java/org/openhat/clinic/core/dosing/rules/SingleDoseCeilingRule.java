package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.3 max_single_dose_mg: the hard ceiling for one injection, whatever the prescription says. */
public final class SingleDoseCeilingRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Milligrams ceiling = Milligrams.of(context.parameters().maxSingleDoseMg());
        return Caps.limit(RuleId.SINGLE_DOSE_CEILING, ceiling, context.proposedDose(),
                "One injection may not exceed the clinic ceiling of " + ceiling + ".",
                Figures.of("maxSingleDose", ceiling, "proposed", context.proposedDose()));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
