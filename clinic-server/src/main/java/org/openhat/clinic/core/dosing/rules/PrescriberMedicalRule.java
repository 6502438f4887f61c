package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Prescriber;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.1 allow_non_medical_prescriber_diamorphine: only doctors may prescribe diamorphine for addiction. */
public final class PrescriberMedicalRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Prescriber prescriber = context.prescription().prescriber();
        if (prescriber.medical() || context.parameters().allowNonMedicalPrescriberDiamorphine()) {
            return Optional.empty();
        }
        return Optional.of(Finding.refer(RuleId.PRESCRIBER_MEDICAL,
                "Do not dose: " + prescriber.name() + " is a non-medical prescriber and cannot prescribe "
                        + "diamorphine for addiction. A licensed doctor must re-prescribe.",
                Figures.of("prescriber", prescriber.id(), "medical", false)));
    }
}
