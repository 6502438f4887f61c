package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.5 min_spo2_pre_dose: low oxygen saturation before a dose means breathing is already impaired. */
public final class OxygenSaturationRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Integer spo2 = context.assessment().spo2Percent();
        int minimum = context.parameters().minSpo2PreDose();
        if (spo2 == null || spo2 >= minimum) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.OXYGEN_SATURATION,
                "Do not dose: SpO2 " + spo2 + " % is below " + minimum + " %. Check the patient now.",
                Figures.of("spo2Percent", spo2, "minimum", minimum)));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
