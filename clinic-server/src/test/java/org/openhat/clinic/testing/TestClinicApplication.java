package org.openhat.clinic.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.openhat.clinic.ClinicApplication;

/**
 * The real application with a clock the test controls. The application is handed a clock that
 * reads {@link #clock} at every tick, so a test may set it before or after the server starts.
 */
public class TestClinicApplication extends ClinicApplication {
    public static volatile Clock clock = Clock.systemUTC();

    @Override
    protected Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return clock.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return clock.withZone(zone);
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
    }
}
