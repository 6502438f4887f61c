package org.openhat.clinic.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The second set of observations, taken before the patient leaves. */
public record DischargeRequest(@NotNull(message = "{kiosk.respiratoryRate.required}")
                               @Min(value = 0, message = "{kiosk.respiratoryRate.below}")
                               @Max(value = 80, message = "{kiosk.respiratoryRate.above}") Integer respiratoryRate,
                               @NotNull(message = "{kiosk.spo2.required}")
                               @Min(value = 0, message = "{kiosk.spo2.below}")
                               @Max(value = 100, message = "{kiosk.spo2.above}") Integer spo2,
                               @NotNull(message = "{kiosk.sedation.required}")
                               @Min(value = 0, message = "{kiosk.sedation.below}")
                               @Max(value = 3, message = "{kiosk.sedation.above}") Integer sedationScore,
                               @Size(max = 1000, message = "{kiosk.observationNotes.size}") String notes) {
}
