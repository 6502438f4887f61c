package org.openhat.clinic.core.dispensing;

import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Route;

/**
 * A supervised injection as the nurse records it: what was drawn up, what was given, where, and
 * the assessment before it, the batch of the ampoules (as scanned) and the safe opening they came
 * out of. The nurse comes from the kiosk session and the witness from their own authentication,
 * never from an id in the request.
 */
public record RecordDose(
        long patientId,
        long productId,
        Route route,
        String session,
        boolean topUp,
        Milligrams drawn,
        Milligrams given,
        String injectionSite,
        String batch,
        String reductionReason,
        PreDoseAssessment assessment,
        String safeRequestRef) {
}
