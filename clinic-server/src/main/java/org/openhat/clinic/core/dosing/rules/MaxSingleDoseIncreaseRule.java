package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.3 max_single_dose_increase_pct (twice-daily regimes): a session's dose may rise by at most 50 %
 * over the previous session's. Sessions, not injections, are compared so that a dose split into
 * portions is not mistaken for a small one.
 */
public final class MaxSingleDoseIncreaseRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Milligrams previous = context.previousSessionTotal();
        // off induction day there is always an earlier session to compare with
        if (context.isInductionDay() || context.prescription().sessionsPerDay() > 2) {
            return Optional.empty();
        }
        int percent = context.parameters().maxSingleDoseIncreasePct();
        Milligrams sessionCap = previous.plus(previous.percent(percent));
        Milligrams given = context.givenThisSession();
        return Caps.limit(RuleId.MAX_SINGLE_DOSE_INCREASE, sessionCap.remainingAfter(given), context.proposedDose(),
                "A dose may rise by at most " + percent + " % over the previous one (" + previous + "), so this "
                        + "session may total at most " + sessionCap + ".",
                Figures.of("previousSessionDose", previous, "maxIncreasePct", percent, "sessionCap", sessionCap,
                        "alreadyGivenThisSession", given));
    }
}
