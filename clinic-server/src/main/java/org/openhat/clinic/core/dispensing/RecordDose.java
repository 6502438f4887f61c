package org.openhat.clinic.core.dispensing;

import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Route;

/**
 * A supervised injection as the nurse records it: what was drawn up, what was given, where, and
 * the assessment before it, and the batch of the ampoules (as scanned). The nurse and witness come
 * from the kiosk session, never the request.
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
        PreDoseAssessment assessment) {
}
