package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.3 max_daily_oral_methadone_mg: co-prescribed methadone above the ceiling needs the prescriber. */
public final class OralMethadoneCeilingRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Milligrams methadone = context.prescription().oralMethadonePerDay();
        Milligrams ceiling = Milligrams.of(context.parameters().maxDailyOralMethadoneMg());
        if (methadone == null || !methadone.isGreaterThan(ceiling)) {
            return Optional.empty();
        }
        return Optional.of(Finding.refer(RuleId.ORAL_METHADONE_CEILING,
                "Do not dose: the prescription combines diamorphine with " + methadone
                        + " oral methadone a day, above the " + ceiling + " ceiling. The prescriber must review it.",
                Figures.of("oralMethadonePerDay", methadone, "maxOralMethadonePerDay", ceiling)));
    }
}
