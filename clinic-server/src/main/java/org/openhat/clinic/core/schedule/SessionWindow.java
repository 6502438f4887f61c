package org.openhat.clinic.core.schedule;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One dosing session as the clinic's wall clock shows it, e.g. AM 08:00–11:00.
 *
 * <p>A window never crosses midnight: every session belongs to exactly one clinic date, which is
 * what the daily dose rules count by.
 */
public record SessionWindow(String name, LocalTime opens, LocalTime closes) {

    public SessionWindow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a session needs a name, e.g. AM");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "session " + name + " must open before it closes and not cross midnight");
        }
    }

    public static SessionWindow of(String name, String opens, String closes) {
        return new SessionWindow(name, LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
