package org.openhat.devices.sim;

import java.time.Duration;

/**
 * @param compartments    how many compartments the safe has (numbered from 1)
 * @param heldOpenLimit   a door open longer than this raises HELD_OPEN
 * @param resendInterval  an unacknowledged event is sent again this often
 * @param doorOpensAfter  when set, a simulated nurse opens a released door this long after the unlock;
 *                        null: doors are worked by hand ({@link SafeSimulator#openDoor})
 * @param doorClosesAfter when set with {@code doorOpensAfter}, that nurse shuts the door again this
 *                        long after opening it
 */
public record SafeSimulatorSettings(int compartments, Duration heldOpenLimit, Duration resendInterval,
                                    Duration doorOpensAfter, Duration doorClosesAfter) {

    public SafeSimulatorSettings {
        if (compartments < 1 || compartments > 255) {
            throw new IllegalArgumentException("compartments is 1..255");
        }
        if ((doorOpensAfter == null) != (doorClosesAfter == null)) {
            throw new IllegalArgumentException("set both doorOpensAfter and doorClosesAfter, or neither");
        }
        if (doorOpensAfter != null && (doorOpensAfter.isNegative() || doorClosesAfter.isNegative()
                || doorClosesAfter.compareTo(heldOpenLimit) >= 0)) {
            throw new IllegalArgumentException("door delays must not be negative, and the door must close before "
                    + "it counts as held open (" + heldOpenLimit.toSeconds() + " s)");
        }
    }

    /** Doors worked by hand. */
    public SafeSimulatorSettings(int compartments, Duration heldOpenLimit, Duration resendInterval) {
        this(compartments, heldOpenLimit, resendInterval, null, null);
    }

    /** Four compartments, HELD_OPEN after 120 s, resend every 2 s (safe-link-v1.md), doors worked by hand. */
    public static SafeSimulatorSettings standard() {
        return new SafeSimulatorSettings(4, Duration.ofSeconds(120), Duration.ofSeconds(2));
    }

    /** The same safe, with a nurse who opens each released door and shuts it again after these delays. */
    public SafeSimulatorSettings withNurseAtTheDoor(Duration opensAfter, Duration closesAfter) {
        return new SafeSimulatorSettings(compartments, heldOpenLimit, resendInterval, opensAfter, closesAfter);
    }

    boolean nurseWorksTheDoor() {
        return doorOpensAfter != null;
    }
}
