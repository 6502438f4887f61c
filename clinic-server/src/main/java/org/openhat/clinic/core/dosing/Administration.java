package org.openhat.clinic.core.dosing;

import java.time.Instant;
import java.util.Objects;

/**
 * One injection already given (a register-backed dose record), as the dose rules need it.
 *
 * @param at        when it was given
 * @param dose      how much was given
 * @param session   the session it was given in, e.g. "AM"
 * @param productId the product given
 */
public record Administration(Instant at, Milligrams dose, String session, String productId) {

    public Administration {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(productId, "productId");
    }
}
