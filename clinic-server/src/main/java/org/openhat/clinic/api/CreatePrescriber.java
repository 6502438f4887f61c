package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record CreatePrescriber(
        Long staffId,
        @NotBlank @Size(max = 128) String name,
        String gmcNumber,
        @NotNull Boolean medical,
        @Size(max = 32) String licenceNumber,
        @Size(max = 64) String licencePremises,
        LocalDate licenceExpiry) {
}
