package org.openhat.clinic.core.dosing;

/**
 * How long to watch the patient after this dose (§7.6): the usual time, or longer when the dose is
 * new to the patient's body — a changed prescription, titration, induction, a restart after missed
 * days, or more than last session's dose (§2.2: first doses and every increase are watched closely).
 */
final class ObservationPolicy {

    private ObservationPolicy() {
    }

    static int minutesFor(DoseContext context) {
        DosingParameters parameters = context.parameters();
        return isChange(context) ? parameters.postDoseObsMinutesAfterChange() : parameters.postDoseObsMinutes();
    }

    private static boolean isChange(DoseContext context) {
        PrescriptionVersion prescription = context.prescription();
        Milligrams sessionTotal = context.givenThisSession().plus(context.proposedDose());
        return prescription.doseChangedSinceLastAdministration()
                || prescription.inTitration()
                || context.isInductionDay()
                || context.missedDaysBeforeToday() >= context.parameters().missedDaysHalveThreshold()
                || sessionTotal.isGreaterThan(context.previousSessionTotal());
    }
}
