package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.staff.StaffSession;

/**
 * A signed-in session as the screens see it. {@code serverTime} is the server's clock when it
 * answered: the kiosk runs its observation countdowns against it, not against its own clock.
 */
public record SessionView(StaffView staff, String kind, Long stationId, Instant expiresAt, StaffView witness,
                          Instant serverTime) {
    public static SessionView of(StaffSession s, Instant serverTime) {
        return new SessionView(StaffView.of(s.staff()), s.kind().name(), s.stationId(), s.expiresAt(),
                s.witness() == null ? null : StaffView.of(s.witness()), serverTime);
    }
}
