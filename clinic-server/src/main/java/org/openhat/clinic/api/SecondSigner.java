package org.openhat.clinic.api;

import jakarta.validation.constraints.Size;
import org.openhat.clinic.core.staff.SecondSignerCredentials;

/**
 * The second person's own authentication on a controlled-drug entry: {@code {"badgeCode","pin"}}
 * or {@code {"username","password"}}. Left out, the witness signed in beside the kiosk session
 * signs instead. Never printed: it carries a secret.
 */
public record SecondSigner(@Size(max = 64, message = "{kiosk.badge.size}") String badgeCode,
                           @Size(max = 16, message = "{kiosk.pin.size}") String pin,
                           @Size(max = 64, message = "{kiosk.secondSignerUsername.size}") String username,
                           @Size(max = 256, message = "{kiosk.secondSignerPassword.size}") String password) {

    /** The credentials given, or null when the request carried none. */
    public static SecondSignerCredentials credentials(SecondSigner given) {
        return given == null ? null
                : new SecondSignerCredentials(given.badgeCode, given.pin, given.username, given.password);
    }

    @Override
    public String toString() {
        return "SecondSigner[]";
    }
}
