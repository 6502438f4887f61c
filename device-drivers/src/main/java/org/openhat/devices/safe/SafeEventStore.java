package org.openhat.devices.safe;

/**
 * Where the host keeps the safe's events (the server's database). The driver acknowledges
 * an event to the safe only after {@link #store} returned, so a crash never loses one.
 */
public interface SafeEventStore {

    /**
     * Highest event number stored, 0 if none. Asked after every (re)connect for EVENTS_SINCE.
     * An event missing below it is not lost: the safe resends every unacknowledged event.
     */
    long lastStoredEventNumber();

    /**
     * Stores the event. Must be idempotent per {@link SafeEvent#number()}: storing the same
     * number again changes nothing. Throw to refuse (the event is then not acknowledged and
     * the safe sends it again).
     */
    void store(SafeEvent event);
}
