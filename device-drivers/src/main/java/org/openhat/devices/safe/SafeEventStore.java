package org.openhat.devices.safe;

/**
 * Where the host keeps the safe's events (the server's database). The driver acknowledges
 * an event to the safe only after {@link #store} returned, so a crash never loses one.
 *
 * <p>Event numbers are unique within one <em>numbering</em>: a safe whose controller is replaced
 * (or loses its memory) counts from 1 again. The driver tells the store when it sees that
 * ({@link #numberingRestarted}); from then on numbers belong to the new numbering.
 */
public interface SafeEventStore {

    /** What {@link #store} found. */
    enum Stored {
        /** Stored now. */
        NEW,
        /** The same event was stored before (the safe resent it). */
        ALREADY_STORED,
        /** A different event already has this number in the current numbering: it restarted. Nothing stored. */
        NUMBER_TAKEN
    }

    /**
     * Highest event number stored in the current numbering, 0 if none. Asked after every
     * (re)connect for EVENTS_SINCE. An event missing below it is not lost: the safe resends every
     * unacknowledged event.
     */
    long lastStoredEventNumber();

    /**
     * Stores the event unless the same event is stored already. Throw to refuse (the event is then
     * not acknowledged and the safe sends it again).
     */
    Stored store(SafeEvent event);

    /** Starts a new numbering: the safe's numbers began again. Events stored before keep theirs. */
    void numberingRestarted(NumberingRestart restart);
}
