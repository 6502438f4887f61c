package org.openhat.devices.sim;

import java.time.Duration;

/**
 * @param compartments   how many compartments the safe has (numbered from 1)
 * @param heldOpenLimit  a door open longer than this raises HELD_OPEN
 * @param resendInterval an unacknowledged event is sent again this often
 */
public record SafeSimulatorSettings(int compartments, Duration heldOpenLimit, Duration resendInterval) {

    public SafeSimulatorSettings {
        if (compartments < 1 || compartments > 255) {
            throw new IllegalArgumentException("compartments is 1..255");
        }
    }

    /** Four compartments, HELD_OPEN after 120 s, resend every 2 s (safe-link-v1.md). */
    public static SafeSimulatorSettings standard() {
        return new SafeSimulatorSettings(4, Duration.ofSeconds(120), Duration.ofSeconds(2));
    }
}
