package org.openhat.clinic.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.ProposedDose;
import org.openhat.clinic.core.dosing.Route;

public record DoseCheckRequest(
        @NotNull(message = "{kiosk.patient.required}") Long patientId,
        @NotNull(message = "{kiosk.dose.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{kiosk.dose.positive}")
        @DecimalMax(value = "1000", message = "{kiosk.dose.above}") @WholeMicrograms BigDecimal doseMg,
        @NotNull(message = "{kiosk.product.required}") Long productId,
        @NotNull(message = "{kiosk.route.required}") Route route,
        @NotBlank(message = "{kiosk.session.required}") @Size(max = 16, message = "{kiosk.session.size}") String session,
        @NotNull(message = "{kiosk.topUp.required}") Boolean topUp,
        @NotNull(message = "{kiosk.assessment.required}") @Valid AssessmentRequest assessment) {

    public ProposedDose proposedDose() {
        return new ProposedDose(Milligrams.of(doseMg), Long.toString(productId), route, session, topUp);
    }
}
