package org.openhat.clinic.core.prescriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Route;

/** A prescriber's new prescription, or a change to one, taking effect from {@code effectiveFrom}. */
public record NewPrescription(
        long patientId,
        long productId,
        Set<Route> routes,
        Map<String, Milligrams> dosePerSession,
        int sessionsPerDay,
        LocalDate startDate,
        LocalDate endDate,
        Milligrams oralMethadonePerDay,
        boolean inTitration,
        Instant effectiveFrom,
        String changeReason) {
}
