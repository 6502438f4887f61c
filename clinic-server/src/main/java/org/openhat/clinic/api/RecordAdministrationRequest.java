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
        @NotNull(message = "{kiosk.patient.required}") Long patientId,
        @NotNull(message = "{kiosk.product.required}") Long productId,
        @NotNull(message = "{kiosk.route.required}") Route route,
        @NotBlank(message = "{kiosk.session.required}") @Size(max = 16, message = "{kiosk.session.size}") String session,
        @NotNull(message = "{kiosk.topUp.required}") Boolean topUp,
        @NotNull(message = "{kiosk.drawn.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{kiosk.drawn.positive}")
        @DecimalMax(value = "1000", message = "{kiosk.drawn.above}") @WholeMicrograms BigDecimal doseDrawnMg,
        @NotNull(message = "{kiosk.given.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{kiosk.given.positive}")
        @DecimalMax(value = "1000", message = "{kiosk.given.above}") @WholeMicrograms BigDecimal doseGivenMg,
        @NotBlank(message = "{kiosk.injectionSite.required}")
        @Size(max = 64, message = "{kiosk.injectionSite.size}") String injectionSite,
        @NotBlank(message = "{kiosk.batch.required}") @Size(max = 64, message = "{kiosk.batch.size}") String batch,
        @Size(max = 500, message = "{kiosk.reductionReason.size}") String reductionReason,
        @NotNull(message = "{kiosk.assessment.required}") @Valid AssessmentRequest assessment,
        @NotBlank(message = "name the safe opening (its requestRef) the ampoule came from: open the safe first")
        @Size(max = 64, message = "{kiosk.safeRequestRef.size}") String safeRequestRef,
        @Valid SecondSigner secondSigner) {

    public RecordDose toRecordDose() {
        return new RecordDose(patientId, productId, route, session, topUp, Milligrams.of(doseDrawnMg),
                Milligrams.of(doseGivenMg), injectionSite, batch, reductionReason, assessment.toAssessment(),
                safeRequestRef);
    }
}
