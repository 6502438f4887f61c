package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The witness's own badge and PIN. */
public record WitnessSignIn(@NotBlank(message = "{kiosk.badge.required}") @Size(max = 64, message = "{kiosk.badge.size}") String badgeCode,
                            @NotBlank(message = "{kiosk.pin.required}") @Size(max = 16, message = "{kiosk.pin.size}") String pin) {
    @Override
    public String toString() {
        return "WitnessSignIn[]";
    }
}
