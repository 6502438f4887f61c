package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.2 max_doses_per_day, counted as sessions dosed on the clinic date (portions within a session
 * count once), and never more than the prescription's sessions per day.
 */
public final class DosesPerDayRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        if (!context.givenThisSession().isZero()) {
            return Optional.empty(); // a further portion, not a new dose
        }
        int limit = Math.min(context.parameters().maxDosesPerDay(), context.prescription().sessionsPerDay());
        int dosed = context.today().sessionsDosed();
        if (dosed < limit) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.DOSES_PER_DAY,
                "Do not dose: " + dosed + " dose(s) already given on " + context.clinicDate()
                        + "; the limit is " + limit + " a day.",
                Figures.of("dosesToday", dosed, "maxDosesPerDay", context.parameters().maxDosesPerDay(),
                        "prescribedSessionsPerDay", context.prescription().sessionsPerDay())));
    }
}
