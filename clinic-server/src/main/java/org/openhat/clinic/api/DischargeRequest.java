package org.openhat.clinic.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The second set of observations, taken before the patient leaves. */
public record DischargeRequest(@NotNull @Min(0) @Max(80) Integer respiratoryRate, @NotNull @Min(0) @Max(100) Integer spo2,
                               @NotNull @Min(0) @Max(3) Integer sedationScore, @Size(max = 1000) String notes) {
}
