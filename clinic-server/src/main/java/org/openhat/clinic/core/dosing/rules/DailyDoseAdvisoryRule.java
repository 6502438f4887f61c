package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.3 daily_dose_advisory_mg: above ~600 mg/day more diamorphine adds little (§1.2); tell, don't
 * block. It counts the dose that may actually be given; when nothing may be given it has nothing to say.
 */
public final class DailyDoseAdvisoryRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Milligrams advisory = Milligrams.of(context.parameters().dailyDoseAdvisoryMg());
        Milligrams given = context.mayBeGiven();
        Milligrams withThisDose = context.today().total().plus(given);
        if (given.isZero() || !withThisDose.isGreaterThan(advisory)) {
            return Optional.empty();
        }
        String dose = context.lessThanProposedMayBeGiven() ? "the " + given + " that may be given now" : "this dose";
        return Optional.of(Finding.advisory(RuleId.DAILY_DOSE_ADVISORY,
                "For information: with " + dose + " today's total is " + withThisDose + ", above " + advisory
                        + "; higher daily doses are less effective. Mention it to the prescriber.",
                Figures.of("todayWithThisDose", withThisDose, "advisoryAbove", advisory)));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }

    @Override
    public boolean describesTheDoseGiven() {
        return true;
    }
}
