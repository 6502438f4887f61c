package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.3 max_daily_injectable_mg: everything injected on one clinic date stays under the ceiling. */
public final class DailyDoseCeilingRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Milligrams ceiling = Milligrams.of(context.parameters().maxDailyInjectableMg());
        Milligrams today = context.today().total();
        return Caps.limit(RuleId.DAILY_DOSE_CEILING, ceiling.remainingAfter(today), context.proposedDose(),
                "The daily injectable ceiling is " + ceiling + " and " + today + " has been given on "
                        + context.clinicDate() + ".",
                Figures.of("maxDaily", ceiling, "givenToday", today, "proposed", context.proposedDose()));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
