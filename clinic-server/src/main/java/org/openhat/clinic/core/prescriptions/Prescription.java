package org.openhat.clinic.core.prescriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Route;

/** One signed version of a patient's injectable diamorphine prescription. Versions are never changed. */
public record Prescription(
        long id,
        long patientId,
        int version,
        long prescriberId,
        long productId,
        Set<Route> routes,
        Map<String, Milligrams> dosePerSession,
        int sessionsPerDay,
        LocalDate startDate,
        LocalDate endDate,
        Milligrams oralMethadonePerDay,
        boolean inTitration,
        Instant effectiveFrom,
        String changeReason,
        Instant createdAt,
        long createdBy) {

    public Prescription {
        routes = Set.copyOf(routes);
        dosePerSession = Map.copyOf(dosePerSession);
    }

    public Milligrams dailyTotal() {
        return dosePerSession.values().stream().reduce(Milligrams.ZERO, Milligrams::plus);
    }
}
