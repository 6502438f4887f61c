package org.openhat.clinic.core.stations;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;

/**
 * Which unlock request a safe event belongs to, decided from the safe's own facts rather than from
 * which request happens to be open when the event arrives (events arrive late, resent, out of order).
 *
 * <p>An <em>opening</em> is what follows one UNLOCKED on one compartment: its DOOR_OPENED, DOOR_CLOSED,
 * HELD_OPEN, up to the LOCKED or UNLOCK_EXPIRED that ends it. The safe numbers its events in the order
 * they happened and logs with each the operator of the unlock that led to it (empty where none). So:
 * <ul>
 *   <li>an UNLOCKED takes the request for that compartment and operator, made within the window
 *       before it arrived, that no other UNLOCKED has taken: the one the safe accepted first, then one
 *       still waiting for its answer, then one that got no reply; the newest of those;</li>
 *   <li>any other event of an opening takes the request of the last UNLOCKED before it (by event
 *       number) on its compartment with its operator, unless a LOCKED or UNLOCK_EXPIRED lies between;
 *       if that UNLOCKED has not arrived yet, the request it will take;</li>
 *   <li>an event with no operator (a forced door, its closing, tamper, power) belongs to no request.</li>
 * </ul>
 * Pure: the stored events and requests come from a {@link SafeLog}.
 */
public final class SafeRequestLinker {
    private static final Set<SafeEventCode> IN_AN_OPENING = EnumSet.of(SafeEventCode.UNLOCKED,
            SafeEventCode.DOOR_OPENED, SafeEventCode.DOOR_CLOSED, SafeEventCode.LOCKED, SafeEventCode.UNLOCK_EXPIRED,
            SafeEventCode.HELD_OPEN);
    /** Which unanswered-or-answered request an UNLOCKED most likely answers: accepted first. */
    private static final Comparator<SafeRequest> LIKELIEST = Comparator
            .comparingInt((SafeRequest r) -> switch (r.result()) {
                case ACCEPTED -> 0;
                case PENDING -> 1;
                default -> 2;
            })
            .thenComparing(SafeRequest::requestedAt, Comparator.reverseOrder())
            .thenComparing(SafeRequest::id, Comparator.reverseOrder());

    /** Requests older than this when the UNLOCKED arrives are not linked to it. */
    private final Duration window;

    public SafeRequestLinker(Duration window) {
        this.window = window;
    }

    /** The reference of the request {@code event} belongs to, if any. */
    public Optional<String> linkFor(SafeEvent event, Instant receivedAt, SafeLog log) {
        String operator = event.operator().strip();
        if (!IN_AN_OPENING.contains(event.kind()) || operator.isEmpty()) {
            return Optional.empty();
        }
        if (event.kind() != SafeEventCode.UNLOCKED) {
            Optional<SafeLog.StoredUnlock> unlock = log.unlockBefore(event.compartment(), event.number())
                    .filter(u -> !u.closedBefore() && operator.equalsIgnoreCase(u.operator().strip()));
            if (unlock.isPresent()) {
                return Optional.ofNullable(unlock.get().requestRef());
            }
        }
        return log.awaitingUnlock(event.compartment(), receivedAt.minus(window), receivedAt).stream()
                .filter(r -> operator.equalsIgnoreCase(r.operatorText().strip()))
                .min(LIKELIEST)
                .map(SafeRequest::requestRef);
    }
}
