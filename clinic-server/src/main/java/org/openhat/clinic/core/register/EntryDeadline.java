package org.openhat.clinic.core.register;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.ClinicTime;
import org.openhat.clinic.core.ValidationException;

/**
 * Reg 20: an entry is made on the day of the transaction or, if that is not reasonably
 * practicable, the next day; so the transaction may be at most one clinic day back, and never in
 * the future (a few minutes' grace for a kiosk clock that runs ahead).
 */
public final class EntryDeadline {
    static final Duration CLOCK_GRACE = Duration.ofMinutes(5);
    /** The shortest clinic day (the March change): anything this recent is on today or yesterday. */
    private static final Duration SHORTEST_DAY = Duration.ofHours(23);

    private EntryDeadline() {
    }

    public static void check(Instant occurredAt, Instant now) {
        if (occurredAt.isAfter(now.plus(CLOCK_GRACE))) {
            throw new ValidationException("occurredAt", "is in the future");
        }
        if (!occurredAt.isBefore(now.minus(SHORTEST_DAY))) {
            return; // yesterday began at least 23 hours ago, so no need to work out when
        }
        LocalDate yesterday = LocalDate.ofInstant(now, ClinicTime.ZONE).minusDays(1);
        if (occurredAt.isBefore(yesterday.atStartOfDay(ClinicTime.ZONE).toInstant())) {
            throw new ValidationException("occurredAt",
                    "is more than a day ago: the register must be written on the day or the next day");
        }
    }
}
