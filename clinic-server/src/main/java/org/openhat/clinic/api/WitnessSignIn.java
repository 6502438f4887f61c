package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The witness's own badge and PIN. */
public record WitnessSignIn(@NotBlank @Size(max = 64) String badgeCode, @NotBlank @Size(max = 16) String pin) {
    @Override
    public String toString() {
        return "WitnessSignIn[]";
    }
}
