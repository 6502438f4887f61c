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
        @Min(0) @Max(3) Integer sedationScore,
        @DecimalMin("0") @DecimalMax("10") BigDecimal breathAlcoholPermille,
        @Min(0) @Max(500) Integer breathAlcoholMicrogramsPer100ml,
        @Min(0) @Max(80) Integer respiratoryRate,
        @Min(0) @Max(100) Integer spo2,
        Pupils pupils,
        @NotNull Boolean drowsy,
        @Size(max = 1000) String concerns,
        @NotNull Boolean coUseSuspected) {

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
