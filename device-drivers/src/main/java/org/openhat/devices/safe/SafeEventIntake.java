package org.openhat.devices.safe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores each safe event once, then tells listeners. The safe resends until acknowledged
 * and EVENTS_SINCE overlaps those resends, so the same number arrives more than once.
 */
final class SafeEventIntake {
    private static final Logger LOG = LoggerFactory.getLogger(SafeEventIntake.class);
    private static final int REMEMBERED = 4096;

    private final SafeEventStore store;
    private final List<SafeEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Boolean> stored = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    SafeEventIntake(SafeEventStore store) {
        this.store = store;
    }

    void addListener(SafeEventListener listener) {
        listeners.add(listener);
    }

    long lastStoredEventNumber() {
        return store.lastStoredEventNumber();
    }

    /** @return true when the event is safely stored and may be acknowledged to the safe */
    boolean accept(SafeEvent event) {
        if (stored.containsKey(event.number())) {
            return true;
        }
        try {
            store.store(event);
        } catch (RuntimeException e) {
            LOG.warn("Could not store safe event {}; not acknowledging, the safe will resend", event.number(), e);
            return false;
        }
        stored.put(event.number(), Boolean.TRUE);
        LOG.info("Safe event {} {} compartment {}", event.number(), event.kind(), event.compartment());
        for (SafeEventListener l : listeners) {
            try {
                l.onSafeEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Safe event listener failed", e);
            }
        }
        return true;
    }
}
