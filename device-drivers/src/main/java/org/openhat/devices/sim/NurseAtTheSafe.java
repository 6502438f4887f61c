package org.openhat.devices.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.openhat.devices.safe.SafeEventCode;

/**
 * The person at a simulated safe: once the safe releases a compartment she opens its door, takes
 * the ampoule and shuts it again, each after a set delay, so a demo dose has a real opening
 * (UNLOCKED, DOOR_OPENED, DOOR_CLOSED, LOCKED) as at a real safe. She reacts only to what the safe
 * reports, and acts through the same physical actions as a person driving the simulator by hand.
 */
final class NurseAtTheSafe {
    /** What she will do to a door ({@code open} it, or shut it), and when. */
    record Intention(int compartment, boolean open, Instant at) {
    }

    private final Duration opensAfter;
    private final Duration closesAfter;
    private final List<Intention> intentions = new ArrayList<>();

    NurseAtTheSafe(Duration opensAfter, Duration closesAfter) {
        this.opensAfter = opensAfter;
        this.closesAfter = closesAfter;
    }

    /** Hears what the safe logged: a release means she will open; her opening means she will close. */
    void saw(SafeEventCode code, int compartment, Instant at) {
        if (code == SafeEventCode.UNLOCKED) {
            intentions.add(new Intention(compartment, true, at.plus(opensAfter)));
        } else if (code == SafeEventCode.DOOR_OPENED) {
            intentions.add(new Intention(compartment, false, at.plus(closesAfter)));
        }
    }

    /** What is due by {@code now}, in the order she meant to do it; forgotten once returned. */
    List<Intention> due(Instant now) {
        List<Intention> due = new ArrayList<>();
        for (Iterator<Intention> it = intentions.iterator(); it.hasNext(); ) {
            Intention i = it.next();
            if (!i.at().isAfter(now)) {
                due.add(i);
                it.remove();
            }
        }
        return due;
    }
}
