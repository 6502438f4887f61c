package org.openhat.clinic.core.staff;

import java.time.Duration;

/**
 * How long sessions last and when sign-in attempts are slowed or locked. A kiosk in a busy
 * dispensing room is left unattended more often than an office desk, hence the shorter idle time.
 */
public record SessionPolicy(
        Duration kioskIdle,
        Duration officeIdle,
        Duration officeMaximum,
        int badgeLockAfterWrongPins,
        int passwordSlowdownAfter,
        int passwordLockAfter) {

    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofMinutes(2), Duration.ofMinutes(15), Duration.ofHours(12), 5, 3, 10);
    }

    public Duration idleLimit(SessionKind kind) {
        return kind == SessionKind.KIOSK ? kioskIdle : officeIdle;
    }

    /**
     * The wait imposed before another password attempt after {@code failures} in a row: none up
     * to the slowdown point, then doubling from one second (1, 2, 4 ... capped at five minutes).
     */
    public Duration passwordBackoff(int failures) {
        if (failures < passwordSlowdownAfter) {
            return Duration.ZERO;
        }
        int steps = Math.min(failures - passwordSlowdownAfter, 8);
        return Duration.ofSeconds(Math.min(1L << steps, 300));
    }
}
