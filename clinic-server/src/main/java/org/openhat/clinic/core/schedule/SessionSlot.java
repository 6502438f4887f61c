package org.openhat.clinic.core.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A session window placed on a real clinic date: the instants it opens (inclusive) and closes
 * (exclusive). See {@link ClinicCalendar} for how clock changes move these instants.
 */
public record SessionSlot(LocalDate date, SessionWindow window, Instant opensAt, Instant closesAt) {

    public String name() {
        return window.name();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    /** A window lying wholly inside the spring-forward gap never opens that day. */
    public boolean isEmpty() {
        return !opensAt.isBefore(closesAt);
    }
}
