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
 * The injectable figure counts the dose that may actually be given, never more than the banner
 * allows; when nothing may be given it shows what was given so far today.
 */
public final class CombinedOpioidLoadRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        if (!context.parameters().showCombinedOpioidLoad()) {
            return Optional.empty();
        }
        Milligrams given = context.mayBeGiven();
        Milligrams injectable = context.today().total().plus(given);
        Milligrams methadone = context.prescription().oralMethadonePerDay();
        String oral = methadone == null || methadone.isZero() ? "no oral methadone today"
                : "oral methadone " + methadone + " a day";
        String injected = injectable.isZero() ? "no diamorphine injected yet" : "diamorphine " + injectable + " injected";
        return Optional.of(Finding.advisory(RuleId.COMBINED_OPIOID_LOAD,
                lead(context) + injected + "; " + oral + ".",
                Figures.of(given.isZero() ? "injectableTodaySoFar" : "injectableTodayWithThisDose", injectable,
                        "oralMethadonePerDay", methadone == null ? "none" : methadone)));
    }

    private static String lead(DoseContext context) {
        if (context.mayBeGiven().isZero()) {
            return "Today's opioids so far (no dose may be given now): ";
        }
        return context.lessThanProposedMayBeGiven()
                ? "Today's opioids with the " + context.mayBeGiven() + " that may be given now: "
                : "Today's opioids if this dose is given: ";
    }

    @Override
    public boolean describesTheDoseGiven() {
        return true;
    }
}
