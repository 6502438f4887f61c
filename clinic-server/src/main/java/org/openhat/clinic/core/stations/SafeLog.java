package org.openhat.clinic.core.stations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What one station's safe has already logged and been asked, as far as linking a new event needs it. */
public interface SafeLog {

    /**
     * The UNLOCKED stored last before event {@code number} on this compartment, in the current numbering.
     *
     * @param closedBefore a LOCKED or UNLOCK_EXPIRED on the compartment lies between it and {@code number}
     */
    record StoredUnlock(long number, String operator, String requestRef, boolean closedBefore) {
    }

    Optional<StoredUnlock> unlockBefore(int compartment, long number);

    /**
     * Requests for this compartment made between {@code from} and {@code to} that the safe may have
     * acted on (pending, accepted, or unanswered) and that no stored UNLOCKED carries yet.
     */
    List<SafeRequest> awaitingUnlock(int compartment, Instant from, Instant to);
}
