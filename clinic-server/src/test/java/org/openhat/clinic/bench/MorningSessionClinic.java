package org.openhat.clinic.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.openhat.clinic.ClinicApplication;
import org.openhat.clinic.core.ClinicTime;

/**
 * The real clinic server with one difference: its clock starts at 08:30 London time on the date
 * given by {@code -Dbench.date=YYYY-MM-DD} and runs on in real time from there. A dose check
 * outside a dosing session stops at "the clinic is not in a session", which is not the check a
 * nurse waits for; benchmarking inside the AM session (08:00-11:00) makes every rule run whatever
 * the hour the benchmark is started. The tests override the same {@code clock()} hook.
 */
public final class MorningSessionClinic extends ClinicApplication {
    private static final LocalTime START = LocalTime.of(8, 30);

    private final Clock clock;

    private MorningSessionClinic(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    public static void main(String[] args) throws Exception {
        LocalDate date = LocalDate.parse(System.getProperty("bench.date"));
        Instant start = date.atTime(START).atZone(ClinicTime.ZONE).toInstant();
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
        System.out.println("Clinic clock starts at " + start + " (" + date + " 08:30 London)");
        new MorningSessionClinic(clock).run(args);
    }
}
