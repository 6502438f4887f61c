package org.openhat.clinic.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.prescriptions.NewPrescription;

/** A new prescription or a change: doses per session, e.g. {"AM": 200, "PM": 150}. */
public record PrescribeRequest(
        @NotNull Long patientId,
        @NotNull Long productId,
        @NotEmpty Set<Route> routes,
        @NotEmpty Map<String, @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @WholeMicrograms BigDecimal> dosesMg,
        @NotNull Integer sessionsPerDay,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @DecimalMin("0") @DecimalMax("1000") @WholeMicrograms BigDecimal oralMethadoneMgPerDay,
        @NotNull Boolean inTitration,
        Instant effectiveFrom,
        @Size(max = 500) String changeReason) {

    public NewPrescription toNewPrescription() {
        Map<String, Milligrams> doses = new LinkedHashMap<>();
        dosesMg.forEach((session, mg) -> doses.put(session, Milligrams.of(mg)));
        return new NewPrescription(patientId, productId, routes, doses, sessionsPerDay, startDate, endDate,
                oralMethadoneMgPerDay == null ? null : Milligrams.of(oralMethadoneMgPerDay), inTitration, effectiveFrom,
                changeReason);
    }
}
