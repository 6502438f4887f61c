package org.openhat.clinic.testing;

import java.time.Clock;
import org.openhat.clinic.ClinicApplication;

/** The real application with a clock the test controls. */
public class TestClinicApplication extends ClinicApplication {
    public static volatile Clock clock = Clock.systemUTC();

    @Override
    protected Clock clock() {
        return clock;
    }
}
