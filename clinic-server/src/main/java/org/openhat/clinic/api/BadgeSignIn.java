package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Kiosk sign-in: the badge as scanned, the PIN typed, and the station it happens at. */
public record BadgeSignIn(@NotBlank(message = "{kiosk.badge.required}") @Size(max = 64, message = "{kiosk.badge.size}") String badgeCode,
                          @NotBlank(message = "{kiosk.pin.required}") @Size(max = 16, message = "{kiosk.pin.size}") String pin,
                          @NotBlank(message = "{kiosk.station.required}")
                          @Size(max = 32, message = "{kiosk.station.size}") String stationCode) {
    @Override
    public String toString() {
        return "BadgeSignIn[stationCode=" + stationCode + "]";
    }
}
