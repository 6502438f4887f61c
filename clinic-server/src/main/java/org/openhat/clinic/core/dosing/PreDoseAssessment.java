package org.openhat.clinic.core.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The nurse's check before this injection (§2.1). Readings not taken are null.
 *
 * @param sedationScore            0 awake … 3 hard to rouse
 * @param breathAlcoholPermilleBac breath alcohol expressed as blood alcohol in ‰ (per mille); use
 *                                 {@link #permilleFromBreath(int)} for a UK breathalyser's µg/100 mL
 * @param respiratoryRatePerMinute breaths per minute
 * @param spo2Percent              oxygen saturation on room air, %
 * @param drowsy                   the nurse judges the patient drowsy
 * @param nurseConcerns            free text; blank when none
 * @param coUseSuspected           excessive co-use of sedatives (benzodiazepines, alcohol, …) is evident
 */
public record PreDoseAssessment(
        Integer sedationScore,
        BigDecimal breathAlcoholPermilleBac,
        Integer respiratoryRatePerMinute,
        Integer spo2Percent,
        Pupils pupils,
        boolean drowsy,
        String nurseConcerns,
        boolean coUseSuspected) {

    /**
     * Converts a breath reading (µg alcohol per 100 mL breath) to blood ‰ with the UK statutory
     * equivalence 35 µg/100 mL breath = 80 mg/100 mL blood, so 1 ‰ ≈ 43.75 µg/100 mL. Rounded up
     * to 0.01 ‰ so the conversion never hides alcohol. Derived, not sourced: §2.1 asks to verify it.
     */
    public static BigDecimal permilleFromBreath(int microgramsPer100mlBreath) {
        if (microgramsPer100mlBreath < 0) {
            throw new IllegalArgumentException("breath alcohol cannot be negative");
        }
        // µg/100 mL breath × 80/35 = mg/100 mL blood; ÷ 100 = ‰
        return BigDecimal.valueOf(microgramsPer100mlBreath)
                .multiply(BigDecimal.valueOf(80))
                .divide(BigDecimal.valueOf(3500), 2, RoundingMode.CEILING);
    }
}
