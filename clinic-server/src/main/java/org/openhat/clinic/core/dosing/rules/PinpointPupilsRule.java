package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Pupils;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.5 pupils_pinpoint_withhold: pinpoint pupils with drowsiness are signs of opioid overdose (§2.3). */
public final class PinpointPupilsRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        PreDoseAssessment a = context.assessment();
        if (!context.parameters().pupilsPinpointWithhold() || a.pupils() != Pupils.PINPOINT || !a.drowsy()) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.PINPOINT_PUPILS_DROWSY,
                "Do not dose: pinpoint pupils with drowsiness suggest opioid already on board. Reassess later.",
                Figures.of("pupils", a.pupils(), "drowsy", true)));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
