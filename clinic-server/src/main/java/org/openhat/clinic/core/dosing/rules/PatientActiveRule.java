package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;
import org.openhat.clinic.core.patients.PatientStatus;

/** Only a patient ACTIVE in the programme may be dosed (referred, suspended or discharged may not). */
public final class PatientActiveRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        PatientStatus status = context.snapshot().status();
        if (status == PatientStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.PATIENT_ACTIVE,
                "Do not dose: the patient is " + status + ", not ACTIVE in the programme.",
                Figures.of("status", status)));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
