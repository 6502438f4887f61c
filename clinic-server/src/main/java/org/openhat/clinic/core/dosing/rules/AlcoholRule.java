package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.5 alcohol: from bac_halve_threshold_permille the session's dose is halved and given as two
 * equal portions at least 30 minutes apart (so each portion is a quarter of the prescribed dose);
 * from bac_withhold_threshold_permille nothing is given and the prescriber reviews.
 */
public final class AlcoholRule implements Rule {

    private static final int HALF = 50;

    @Override
    public Optional<Finding> check(DoseContext context) {
        DosingParameters p = context.parameters();
        var reading = context.assessment().breathAlcoholPermilleBac();
        if (AlcoholReading.atOrAbove(context, p.bacWithholdThresholdPermille())) {
            return Optional.of(Finding.refer(RuleId.ALCOHOL_WITHHOLD,
                    "Do not dose: breath alcohol " + reading + " ‰ is at or above " + p.bacWithholdThresholdPermille()
                            + " ‰. Diamorphine with this much alcohol risks coma. Refer to the prescriber.",
                    Figures.of("breathAlcoholPermille", reading, "withholdAtPermille", p.bacWithholdThresholdPermille())));
        }
        Milligrams prescribed = context.prescription().dosePerSession().get(context.proposed().session());
        if (!AlcoholReading.atOrAbove(context, p.bacHalveThresholdPermille()) || prescribed == null) {
            return Optional.empty();
        }
        Milligrams sessionAllowance = prescribed.percent(HALF);
        Milligrams portion = sessionAllowance.percent(HALF);
        Milligrams given = context.givenThisSession();
        Milligrams cap = portion.min(sessionAllowance.remainingAfter(given));
        return Optional.of(Caps.reduceOrWithhold(RuleId.ALCOHOL_HALVE, cap,
                "Breath alcohol " + reading + " ‰ is at or above " + p.bacHalveThresholdPermille() + " ‰: give half the "
                        + "usual dose (" + sessionAllowance + ") in two portions at least "
                        + p.minMinutesBetweenTopups() + " min apart.",
                Figures.of("breathAlcoholPermille", reading, "halveAtPermille", p.bacHalveThresholdPermille(),
                        "prescribedForSession", prescribed, "halvedSessionDose", sessionAllowance,
                        "alreadyGivenThisSession", given)));
    }
}
