package org.openhat.devices.it;

import java.util.ArrayList;
import java.util.List;
import org.openhat.devices.safe.InMemorySafeEventStore;
import org.openhat.devices.safe.NumberingRestart;
import org.openhat.devices.safe.SafeEvent;
import org.openhat.devices.safe.SafeEventStore;

/** Records every successful store() call, so a test can prove nothing was stored twice; can be made to fail. */
final class RecordingStore implements SafeEventStore {
    private final InMemorySafeEventStore delegate = new InMemorySafeEventStore();
    private final List<Long> storeCalls = new ArrayList<>();
    private volatile boolean unavailable;

    void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public long lastStoredEventNumber() {
        return delegate.lastStoredEventNumber();
    }

    @Override
    public synchronized Stored store(SafeEvent event) {
        if (unavailable) {
            throw new IllegalStateException("database unavailable (test)");
        }
        storeCalls.add(event.number());
        return delegate.store(event);
    }

    @Override
    public void numberingRestarted(NumberingRestart restart) {
        delegate.numberingRestarted(restart);
    }

    List<NumberingRestart> restarts() {
        return delegate.restarts();
    }

    synchronized List<Long> storeCalls() {
        return new ArrayList<>(storeCalls);
    }

    List<SafeEvent> events() {
        return delegate.events();
    }
}
