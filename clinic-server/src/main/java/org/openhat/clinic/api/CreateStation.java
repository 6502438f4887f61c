package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CreateStation(@NotBlank String code, @NotBlank @Size(max = 128) String name,
                            @NotBlank @Size(max = 128) String location) {
}
