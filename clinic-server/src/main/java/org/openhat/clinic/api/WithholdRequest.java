package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record WithholdRequest(@NotNull Long patientId, @NotBlank @Size(max = 16) String session,
                              @NotBlank @Size(max = 500) String reason) {
}
