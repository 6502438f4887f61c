package org.openhat.clinic.core.stations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventCode;

/**
 * Ties the events that follow an unlock (UNLOCKED, DOOR_OPENED, DOOR_CLOSED, LOCKED, UNLOCK_EXPIRED,
 * HELD_OPEN) to the request that caused them: same compartment, same operator, within the request's
 * window. A stored LOCKED or UNLOCK_EXPIRED closes the request. Called on the safe link's thread and by
 * request threads, so every method is synchronized; all are in-memory and quick.
 */
public final class SafeRequestLinker {
    private static final Set<SafeEventCode> FOLLOW_AN_UNLOCK = EnumSet.of(SafeEventCode.UNLOCKED,
            SafeEventCode.DOOR_OPENED, SafeEventCode.DOOR_CLOSED, SafeEventCode.LOCKED, SafeEventCode.UNLOCK_EXPIRED,
            SafeEventCode.HELD_OPEN);
    private static final Set<SafeEventCode> CLOSE_A_REQUEST = EnumSet.of(SafeEventCode.LOCKED,
            SafeEventCode.UNLOCK_EXPIRED);

    /** Requests older than this link nothing more, even without a closing event. */
    private final Duration window;
    private final List<Open> open = new ArrayList<>();

    private record Open(String ref, int compartment, String operator, Instant openedAt) {
    }

    public SafeRequestLinker(Duration window) {
        this.window = window;
    }

    /** Opens a request before the unlock is sent, so the UNLOCKED that follows the ACK finds it. */
    public synchronized void open(String ref, int compartment, String operator, Instant at) {
        // a new unlock of the compartment supersedes any earlier one that never closed
        open.removeIf(o -> o.compartment == compartment);
        open.add(new Open(ref, compartment, operator.strip(), at));
    }

    /** The safe refused or never got the request: nothing will follow it. */
    public synchronized void cancel(String ref) {
        open.removeIf(o -> o.ref.equals(ref));
    }

    /** The request this event follows from, if any. Nothing changes until {@link #stored} says it was new. */
    public synchronized Optional<String> linkFor(SafeEvent event, Instant receivedAt) {
        if (!FOLLOW_AN_UNLOCK.contains(event.kind())) {
            return Optional.empty();
        }
        open.removeIf(o -> receivedAt.isAfter(o.openedAt.plus(window)));
        String operator = event.operator().strip();
        return open.stream()
                .filter(o -> o.compartment == event.compartment())
                .filter(o -> operator.isEmpty() || o.operator.equalsIgnoreCase(operator))
                .filter(o -> !receivedAt.isBefore(o.openedAt))
                .findFirst().map(Open::ref);
    }

    /**
     * A new event was stored with {@code ref}: LOCKED or UNLOCK_EXPIRED ends that request. A resent
     * event is never passed here, so an old LOCKED cannot close a newer request.
     */
    public synchronized void stored(SafeEvent event, String ref) {
        if (ref != null && CLOSE_A_REQUEST.contains(event.kind())) {
            open.removeIf(o -> o.ref.equals(ref));
        }
    }

    /** Requests still open, for the status view and tests. */
    public synchronized List<String> openRefs() {
        return open.stream().map(Open::ref).toList();
    }
}
