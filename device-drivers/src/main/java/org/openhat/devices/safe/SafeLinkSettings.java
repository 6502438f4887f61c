package org.openhat.devices.safe;

import java.time.Duration;

/**
 * Timing of the Safe Link host. {@link #standard()} is what safe-link-v1.md prescribes;
 * other values exist for tests only.
 *
 * @param replyTimeout            how long to wait for each reply
 * @param maxRetries              resends of a command with the same SEQ after the first try
 * @param pingInterval            supervision period
 * @param missedRepliesForOffline missed replies in a row that make the safe OFFLINE
 */
public record SafeLinkSettings(Duration replyTimeout, int maxRetries, Duration pingInterval,
                               int missedRepliesForOffline) {

    public SafeLinkSettings {
        if (replyTimeout.isNegative() || replyTimeout.isZero() || pingInterval.isNegative() || pingInterval.isZero()
                || maxRetries < 0 || missedRepliesForOffline < 1) {
            throw new IllegalArgumentException("timeouts must be positive, counts sensible");
        }
    }

    public static SafeLinkSettings standard() {
        return new SafeLinkSettings(Duration.ofMillis(250), 3, Duration.ofSeconds(1), 3);
    }
}
