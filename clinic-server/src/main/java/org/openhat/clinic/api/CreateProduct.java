package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CreateProduct(
        @NotBlank String gtin,
        @NotBlank @Size(max = 200) String name,
        @NotNull Integer mgPerAmpoule,
        @NotBlank @Size(max = 64) String form,
        @NotBlank @Size(max = 64) String saltBasis) {
}
