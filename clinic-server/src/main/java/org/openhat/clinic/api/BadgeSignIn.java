package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Kiosk sign-in: the badge as scanned, the PIN typed, and the station it happens at. */
public record BadgeSignIn(@NotBlank @Size(max = 64) String badgeCode, @NotBlank @Size(max = 16) String pin,
                          @NotBlank @Size(max = 32) String stationCode) {
    @Override
    public String toString() {
        return "BadgeSignIn[stationCode=" + stationCode + "]";
    }
}
