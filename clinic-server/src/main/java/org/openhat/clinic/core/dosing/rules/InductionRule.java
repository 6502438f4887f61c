package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.3 induction caps for day 1 of treatment or of re-induction after missed days: the first
 * injection and the one straight after it at most induction_first_dose_max_mg (15), later ones at most
 * induction_day1_dose_max_mg (30). The 30-minute gap is the interval rule's job.
 */
public final class InductionRule implements Rule {

    /** The first dose and its immediate top-up ("+15 immediately if tolerated"). */
    private static final int FIRST_DOSE_PORTIONS = 2;

    @Override
    public Optional<Finding> check(DoseContext context) {
        if (!context.isInductionDay()) {
            return Optional.empty();
        }
        int injection = context.today().injections() + 1;
        boolean first = injection <= FIRST_DOSE_PORTIONS;
        RuleId rule = first ? RuleId.INDUCTION_FIRST_DOSE : RuleId.INDUCTION_DAY1_DOSE;
        Milligrams cap = Milligrams.of(first ? context.parameters().inductionFirstDoseMaxMg()
                : context.parameters().inductionDay1DoseMaxMg());
        var figures = Figures.of("injectionToday", injection, "inductionCap", cap, "proposed", context.proposedDose());
        // Inside the threshold a day before today with a dose ends induction, so 0 missed days here
        // means no dose before today at all.
        int missed = context.missedDaysBeforeToday();
        String why = missed == 0 ? "no dose before today" : "restart after " + missed + " days without a dose";
        String reason = "Induction day (" + why + "): injection " + injection + " today may be at most " + cap
                + ". Watch the effect closely.";
        Optional<Finding> capped = Caps.limit(rule, cap, context.proposedDose(), reason, figures);
        return capped.isPresent() ? capped : Optional.of(Finding.advisory(rule, reason, figures));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
