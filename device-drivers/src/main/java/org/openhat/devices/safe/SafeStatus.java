package org.openhat.devices.safe;

import java.time.Instant;
import java.util.Optional;

/**
 * What the host last knew about the safe. Lock, door and tamper are as of the last STATUS
 * reply and may be stale while {@link #link()} is OFFLINE.
 *
 * @param unlocked        some compartment is released
 * @param doorOpen        some door is open
 * @param tamper          the safe is in tamper lock-out (cleared only on the device)
 * @param lastEventNumber the safe's newest event number in its last STATUS
 * @param lastReplyAt     when the safe last answered
 */
public record SafeStatus(SafeLinkState link, boolean unlocked, boolean doorOpen, boolean tamper,
                         long lastEventNumber, Optional<Instant> lastReplyAt) {

    public static SafeStatus initial() {
        return new SafeStatus(SafeLinkState.OFFLINE, false, false, false, 0, Optional.empty());
    }

    public boolean online() {
        return link == SafeLinkState.ONLINE;
    }
}
