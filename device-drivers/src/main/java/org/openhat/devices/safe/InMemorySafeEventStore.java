package org.openhat.devices.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** A {@link SafeEventStore} in memory, for tests and the demo configuration. */
public final class InMemorySafeEventStore implements SafeEventStore {
    private final TreeMap<Long, SafeEvent> events = new TreeMap<>();

    @Override
    public synchronized long lastStoredEventNumber() {
        return events.isEmpty() ? 0 : events.lastKey();
    }

    @Override
    public synchronized void store(SafeEvent event) {
        events.putIfAbsent(event.number(), event);
    }

    /** Stored events in event-number order. */
    public synchronized List<SafeEvent> events() {
        return new ArrayList<>(events.values());
    }
}
