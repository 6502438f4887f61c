package org.openhat.clinic.core.dosing.rules;

import java.time.Duration;
import java.util.Optional;
import org.openhat.clinic.core.dosing.Administration;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.2 min_minutes_between_sessions / min_minutes_between_topups, measured in real elapsed time
 * (so an hour gained or lost at a clock change counts as it really passed). The only exception is
 * the second 15 mg portion of an induction day, which may follow the first straight away (§1.2).
 */
public final class IntervalRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Optional<Administration> last = context.lastDose();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        boolean topUp = context.proposed().topUp();
        int required = requiredMinutes(context, topUp);
        Duration since = Duration.between(last.get().at(), context.at());
        if (since.compareTo(Duration.ofMinutes(required)) >= 0) {
            return Optional.empty();
        }
        RuleId rule = topUp ? RuleId.INTERVAL_MIN_TOPUPS : RuleId.INTERVAL_MIN_SESSIONS;
        return Optional.of(Finding.withhold(rule,
                "Do not dose yet: the last dose was " + since.toMinutes() + " min ago; at least " + required
                        + " min must pass" + (topUp ? " between portions." : " between sessions.")
                        + " Earliest: " + last.get().at().plus(Duration.ofMinutes(required)) + ".",
                Figures.of("minutesSinceLastDose", since.toMinutes(), "minimumMinutes", required,
                        "lastDoseAt", last.get().at())));
    }

    private static int requiredMinutes(DoseContext context, boolean topUp) {
        if (!topUp) {
            return context.parameters().minMinutesBetweenSessions();
        }
        boolean immediateInductionTopUp = context.isInductionDay() && context.today().injections() == 1;
        return immediateInductionTopUp ? 0 : context.parameters().minMinutesBetweenTopups();
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
