package org.openhat.clinic.core;

import java.time.ZoneId;

/** Clinic time is Europe/London; instants are stored in UTC and turned into clinic dates only here and in rules. */
public final class ClinicTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ClinicTime() {
    }
}
