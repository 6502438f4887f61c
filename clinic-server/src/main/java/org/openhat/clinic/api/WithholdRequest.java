package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record WithholdRequest(@NotNull(message = "{kiosk.patient.required}") Long patientId,
                              @NotBlank(message = "{kiosk.session.required}")
                              @Size(max = 16, message = "{kiosk.session.size}") String session,
                              @NotBlank(message = "{kiosk.withholdReason.required}")
                              @Size(max = 500, message = "{kiosk.withholdReason.size}") String reason) {
}
