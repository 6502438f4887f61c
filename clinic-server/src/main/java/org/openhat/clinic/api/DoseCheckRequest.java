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
        @NotNull Long patientId,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @WholeMicrograms BigDecimal doseMg,
        @NotNull Long productId,
        @NotNull Route route,
        @NotBlank @Size(max = 16) String session,
        @NotNull Boolean topUp,
        @NotNull @Valid AssessmentRequest assessment) {

    public ProposedDose proposedDose() {
        return new ProposedDose(Milligrams.of(doseMg), Long.toString(productId), route, session, topUp);
    }
}
