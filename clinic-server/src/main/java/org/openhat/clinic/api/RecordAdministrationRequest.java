package org.openhat.clinic.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.openhat.clinic.core.dispensing.RecordDose;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Route;

public record RecordAdministrationRequest(
        @NotNull Long patientId,
        @NotNull Long productId,
        @NotNull Route route,
        @NotBlank @Size(max = 16) String session,
        @NotNull Boolean topUp,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @WholeMicrograms BigDecimal doseDrawnMg,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @WholeMicrograms BigDecimal doseGivenMg,
        @NotBlank @Size(max = 64) String injectionSite,
        @NotBlank @Size(max = 64) String batch,
        @Size(max = 500) String reductionReason,
        @NotNull @Valid AssessmentRequest assessment,
        @NotBlank(message = "name the safe opening (its requestRef) the ampoule came from: open the safe first")
        @Size(max = 64) String safeRequestRef,
        @Valid SecondSigner secondSigner) {

    public RecordDose toRecordDose() {
        return new RecordDose(patientId, productId, route, session, topUp, Milligrams.of(doseDrawnMg),
                Milligrams.of(doseGivenMg), injectionSite, batch, reductionReason, assessment.toAssessment(),
                safeRequestRef);
    }
}
