package org.openhat.clinic.core.dosing.rules;

import java.math.BigDecimal;
import org.openhat.clinic.core.dosing.DoseContext;

/** Compares the breath-alcohol reading (as blood ‰) with a threshold; no reading is never "at or above". */
final class AlcoholReading {

    private AlcoholReading() {
    }

    static boolean atOrAbove(DoseContext context, BigDecimal thresholdPermille) {
        BigDecimal reading = context.assessment().breathAlcoholPermilleBac();
        return reading != null && reading.compareTo(thresholdPermille) >= 0;
    }
}
