package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.1 nurse_may_reduce_only: everything given in a session, portions included, stays within the
 * dose prescribed for that session. Nurses may give less, never more.
 */
public final class PrescribedSessionDoseRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        String session = context.proposed().session();
        Milligrams prescribed = context.prescription().dosePerSession().get(session);
        if (prescribed == null) {
            return Optional.of(Finding.withhold(RuleId.PRESCRIBED_SESSION_DOSE,
                    "Do not dose: the prescription has no dose for the " + session + " session.",
                    Figures.of("session", session, "prescribedSessions", context.prescription().dosePerSession().keySet())));
        }
        Milligrams given = context.givenThisSession();
        return Caps.limit(RuleId.PRESCRIBED_SESSION_DOSE, prescribed.remainingAfter(given), context.proposedDose(),
                "The prescription allows " + prescribed + " in the " + session + " session and " + given
                        + " has been given; nurses may reduce a dose, never increase it.",
                Figures.of("prescribedForSession", prescribed, "alreadyGivenThisSession", given,
                        "proposed", context.proposedDose()));
    }
}
