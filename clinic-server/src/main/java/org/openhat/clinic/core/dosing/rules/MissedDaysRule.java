package org.openhat.clinic.core.dosing.rules;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.4 missed doses: after days without a dose, tolerance may be gone and the usual dose can kill.
 * From the halve threshold (3) the first dose back needs a prescriber's confirmation, recorded as a
 * review after the last dose; it is then at most half the last dose. From the review threshold (4)
 * the same, but the prescriber must have seen the patient. From the re-induction threshold (5) the
 * induction caps apply all day (see {@link InductionRule}). Later doses that day follow the usual
 * rules, starting from the reduced dose.
 */
public final class MissedDaysRule implements Rule {

    private static final int RESTART_PERCENT_OF_LAST_DOSE = 50;

    @Override
    public Optional<Finding> check(DoseContext context) {
        DosingParameters p = context.parameters();
        int missed = context.missedDaysBeforeToday();
        if (!p.missedDaysCounter() || !context.today().isEmpty() || missed < p.missedDaysHalveThreshold()) {
            return Optional.empty();
        }
        RuleId rule = missed >= p.missedDaysReinductionThreshold() ? RuleId.MISSED_DAYS_REINDUCTION
                : missed >= p.missedDaysPrescriberReviewThreshold() ? RuleId.MISSED_DAYS_PRESCRIBER_REVIEW
                : RuleId.MISSED_DAYS_HALVE;
        Instant lastDoseAt = context.lastDose().orElseThrow().at();
        Instant review = context.snapshot().lastPrescriberReviewAt();
        Map<String, String> figures = Figures.of("missedDays", missed, "lastDoseAt", lastDoseAt,
                "lastPrescriberReviewAt", review == null ? "none" : review);
        if (review == null || !review.isAfter(lastDoseAt)) {
            return Optional.of(Finding.refer(rule, "Do not dose: " + missed + " days without a dose, so tolerance "
                    + "may be lost. A prescriber must " + (rule == RuleId.MISSED_DAYS_HALVE ? "confirm" : "review")
                    + " the restart first.", figures));
        }
        if (rule == RuleId.MISSED_DAYS_REINDUCTION) {
            return Optional.of(Finding.advisory(rule, "Restart after " + missed + " days without a dose, reviewed "
                    + "by a prescriber: induction caps apply today.", figures));
        }
        Milligrams last = context.previousSessionTotal();
        Milligrams cap = last.percent(RESTART_PERCENT_OF_LAST_DOSE);
        figures.put("lastDose", last.toString());
        figures.put("restartCap", cap.toString());
        return Optional.of(Caps.reduceOrWithhold(rule, cap, "Restart after " + missed + " days without a dose: at "
                + "most " + RESTART_PERCENT_OF_LAST_DOSE + " % of the last dose (" + last + ").", figures));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
