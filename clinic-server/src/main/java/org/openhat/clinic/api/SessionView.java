package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.staff.StaffSession;

public record SessionView(StaffView staff, String kind, Long stationId, Instant expiresAt, StaffView witness) {
    public static SessionView of(StaffSession s) {
        return new SessionView(StaffView.of(s.staff()), s.kind().name(), s.stationId(), s.expiresAt(),
                s.witness() == null ? null : StaffView.of(s.witness()));
    }
}
