package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.3 next_day_single_dose_cap_pct_of_prev_total, for regimes of more than two injections a day:
 * while titrating (or the day after induction), one injection is at most 50 % of yesterday's total.
 */
public final class NextDaySingleDoseCapRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        boolean titrating = context.prescription().inTitration() || context.wasInductionYesterday();
        if (context.prescription().sessionsPerDay() <= 2 || context.isInductionDay() || !titrating
                || context.yesterday().isEmpty()) {
            return Optional.empty();
        }
        int percent = context.parameters().nextDaySingleDoseCapPctOfPrevTotal();
        Milligrams yesterday = context.yesterday().total();
        Milligrams cap = yesterday.percent(percent);
        return Caps.limit(RuleId.NEXT_DAY_SINGLE_DOSE_CAP, cap, context.proposedDose(),
                "While titrating on more than two injections a day, one injection may be at most " + percent
                        + " % of yesterday's total (" + yesterday + ").",
                Figures.of("yesterdayTotal", yesterday, "capPct", percent, "cap", cap));
    }
}
