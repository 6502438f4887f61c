package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.1 require_active_prescription: a dose needs a prescription for this patient in force today. */
public final class PrescriptionActiveRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        if (context.prescription() != null) {
            return Optional.empty();
        }
        return Optional.of(Finding.refer(RuleId.PRESCRIPTION_ACTIVE,
                "Do not dose: no prescription for this patient is in force on " + context.clinicDate()
                        + ". Ask the prescriber.",
                Figures.of("clinicDate", context.clinicDate(),
                        "prescriptionVersionsSupplied", context.snapshot().prescriptions().size())));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
