package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * One dose per session. A further portion in the same session (a top-up) is allowed only while the
 * dose is being found — titration or (re-)induction day — or when alcohol means the dose is being
 * split in two; the session total is still capped by the prescription.
 */
public final class SessionAlreadyDosedRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Milligrams given = context.givenThisSession();
        String session = context.proposed().session();
        boolean topUp = context.proposed().topUp();
        if (!topUp) {
            return given.isZero() ? Optional.empty() : Optional.of(Finding.withhold(RuleId.SESSION_ALREADY_DOSED,
                    "Do not dose: the " + session + " session has already been dosed today.",
                    Figures.of("session", session, "alreadyGiven", given)));
        }
        if (given.isZero()) {
            return Optional.of(Finding.withhold(RuleId.TOP_UP_NOT_ALLOWED,
                    "Do not give a top-up: nothing has been given yet in the " + session + " session. "
                            + "Record this as the session's dose instead.",
                    Figures.of("session", session, "alreadyGiven", given)));
        }
        boolean titration = context.prescription().inTitration() || context.isInductionDay();
        boolean alcoholSplit = AlcoholReading.atOrAbove(context, context.parameters().bacHalveThresholdPermille());
        if (titration || alcoholSplit) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.TOP_UP_NOT_ALLOWED,
                "Do not give a top-up: top-ups are only for titration, induction or a dose split for alcohol.",
                Figures.of("session", session, "alreadyGiven", given, "inTitration", false, "alcoholSplit", false)));
    }
}
