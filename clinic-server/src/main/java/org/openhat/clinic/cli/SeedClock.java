package org.openhat.clinic.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock the demo's history is written by: set to each moment of the invented past before the
 * services write what happened then, so every row carries the time it would have carried had the
 * clinic really run. Never set later than the real now, so nothing is dated in the future.
 */
final class SeedClock extends Clock {
    private final Instant latest;
    private Instant now;

    SeedClock(Instant start, Instant latest) {
        this.now = start;
        this.latest = latest;
    }

    /** Moves the clock to {@code at}, but never past the real now. */
    void set(Instant at) {
        now = at.isAfter(latest) ? latest : at;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
