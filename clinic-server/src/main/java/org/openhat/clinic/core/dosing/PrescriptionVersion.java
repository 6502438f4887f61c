package org.openhat.clinic.core.dosing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One signed version of a patient's injectable prescription. A change of dose is a new version.
 *
 * @param version                            higher is newer; the newest version in force on a date wins
 * @param dosePerSession                     the dose for each session name, e.g. {AM=200 mg, PM=200 mg}
 * @param sessionsPerDay                     how many sessions a day the prescriber allows
 * @param endDate                            last date in force (inclusive), or null when open-ended
 * @param oralMethadonePerDay                co-prescribed oral methadone, or null when none
 * @param inTitration                        the prescriber is still finding the dose; top-ups allowed
 * @param doseChangedSinceLastAdministration the dose differs from the one last given; longer observation
 */
public record PrescriptionVersion(
        String prescriptionId,
        int version,
        String patientId,
        Prescriber prescriber,
        String productId,
        Set<Route> allowedRoutes,
        Map<String, Milligrams> dosePerSession,
        int sessionsPerDay,
        LocalDate startDate,
        LocalDate endDate,
        Milligrams oralMethadonePerDay,
        boolean inTitration,
        boolean doseChangedSinceLastAdministration) {

    public PrescriptionVersion {
        allowedRoutes = Set.copyOf(allowedRoutes);
        dosePerSession = Map.copyOf(dosePerSession);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }
}
