package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.3 show_combined_opioid_load: before every dose, show injectable and oral opioids side by side.
 * They are not added together: there is no agreed diamorphine:methadone conversion (§1.3 [S74]).
 */
public final class CombinedOpioidLoadRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        if (!context.parameters().showCombinedOpioidLoad()) {
            return Optional.empty();
        }
        Milligrams injectable = context.today().total().plus(context.proposedDose());
        Milligrams methadone = context.prescription().oralMethadonePerDay();
        String oral = methadone == null ? "none" : methadone.toString();
        return Optional.of(Finding.advisory(RuleId.COMBINED_OPIOID_LOAD,
                "Today's opioids if this dose is given: diamorphine " + injectable + " injected; oral methadone "
                        + oral + " a day.",
                Figures.of("injectableTodayWithThisDose", injectable, "oralMethadonePerDay", oral)));
    }
}
