package org.openhat.clinic.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.dosing.PreDoseAssessment;
import org.openhat.clinic.core.dosing.Pupils;

/**
 * The pre-dose assessment as the kiosk sends it. Breath alcohol comes either as the breathalyser's
 * µg/100 mL or already as blood ‰, never both.
 */
public record AssessmentRequest(
        @Min(value = 0, message = "{kiosk.sedation.below}")
        @Max(value = 3, message = "{kiosk.sedation.above}") Integer sedationScore,
        @DecimalMin(value = "0", message = "{kiosk.alcoholPermille.below}")
        @DecimalMax(value = "10", message = "{kiosk.alcoholPermille.above}") BigDecimal breathAlcoholPermille,
        @Min(value = 0, message = "{kiosk.alcoholBreath.below}")
        @Max(value = 500, message = "{kiosk.alcoholBreath.above}") Integer breathAlcoholMicrogramsPer100ml,
        @Min(value = 0, message = "{kiosk.respiratoryRate.below}")
        @Max(value = 80, message = "{kiosk.respiratoryRate.above}") Integer respiratoryRate,
        @Min(value = 0, message = "{kiosk.spo2.below}")
        @Max(value = 100, message = "{kiosk.spo2.above}") Integer spo2,
        Pupils pupils,
        @NotNull(message = "{kiosk.drowsy.required}") Boolean drowsy,
        @Size(max = 1000, message = "{kiosk.concerns.size}") String concerns,
        @NotNull(message = "{kiosk.coUse.required}") Boolean coUseSuspected) {

    public PreDoseAssessment toAssessment() {
        if (breathAlcoholPermille != null && breathAlcoholMicrogramsPer100ml != null) {
            throw new ValidationException("assessment.breathAlcoholPermille", "give breath alcohol in one unit only");
        }
        BigDecimal permille = breathAlcoholMicrogramsPer100ml != null
                ? PreDoseAssessment.permilleFromBreath(breathAlcoholMicrogramsPer100ml) : breathAlcoholPermille;
        return new PreDoseAssessment(sedationScore, permille, respiratoryRate, spo2, pupils, drowsy,
                concerns == null ? "" : concerns, coUseSuspected);
    }
}
