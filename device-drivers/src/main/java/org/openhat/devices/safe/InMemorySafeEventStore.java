package org.openhat.devices.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** A {@link SafeEventStore} in memory, for tests and the demo configuration. */
public final class InMemorySafeEventStore implements SafeEventStore {
    private final List<TreeMap<Long, SafeEvent>> numberings = new ArrayList<>(List.of(new TreeMap<>()));
    private final List<NumberingRestart> restarts = new ArrayList<>();

    @Override
    public synchronized long lastStoredEventNumber() {
        TreeMap<Long, SafeEvent> events = current();
        return events.isEmpty() ? 0 : events.lastKey();
    }

    @Override
    public synchronized Stored store(SafeEvent event) {
        SafeEvent earlier = current().putIfAbsent(event.number(), event);
        if (earlier == null) {
            return Stored.NEW;
        }
        return earlier.equals(event) ? Stored.ALREADY_STORED : Stored.NUMBER_TAKEN;
    }

    @Override
    public synchronized void numberingRestarted(NumberingRestart restart) {
        restarts.add(restart);
        numberings.add(new TreeMap<>());
    }

    /** Stored events of the current numbering, in event-number order. */
    public synchronized List<SafeEvent> events() {
        return new ArrayList<>(current().values());
    }

    /** Every restart noticed, oldest first. */
    public synchronized List<NumberingRestart> restarts() {
        return new ArrayList<>(restarts);
    }

    private TreeMap<Long, SafeEvent> current() {
        return numberings.get(numberings.size() - 1);
    }
}
