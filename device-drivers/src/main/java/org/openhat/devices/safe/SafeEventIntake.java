package org.openhat.devices.safe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores each safe event once, then tells listeners. The safe resends until acknowledged
 * and EVENTS_SINCE overlaps those resends, so the same number arrives more than once.
 * Notices when the safe's numbering restarts (a replaced controller counts from 1 again) and
 * starts a new numbering in the store instead of taking the new events for old ones.
 * Used on the safe link's thread only.
 */
final class SafeEventIntake {
    private static final Logger LOG = LoggerFactory.getLogger(SafeEventIntake.class);
    private static final int REMEMBERED = 4096;

    private final SafeEventStore store;
    private final String safeName;
    private final List<SafeEventListener> listeners = new CopyOnWriteArrayList<>();
    /** Recently stored events by number, so resends skip the database; compared whole, never by number alone. */
    private final Map<Long, SafeEvent> stored = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SafeEvent> eldest) {
            return size() > REMEMBERED;
        }
    };
    /** Highest number stored in the current numbering; read from the store on first use. */
    private Long highestStored;

    SafeEventIntake(SafeEventStore store, String safeName) {
        this.store = store;
        this.safeName = safeName;
    }

    void addListener(SafeEventListener listener) {
        listeners.add(listener);
    }

    long lastStoredEventNumber() {
        if (highestStored == null) {
            highestStored = store.lastStoredEventNumber();
        }
        return highestStored;
    }

    /**
     * The safe's STATUS names its newest event. Below what is stored, the numbering restarted.
     *
     * @return true when a new numbering began (the caller then asks for every event again)
     */
    boolean checkSafesLastNumber(long safesLast) {
        long last = lastStoredEventNumber();
        if (safesLast >= last) {
            return false;
        }
        restart(new NumberingRestart(NumberingRestart.Cause.STATUS_BEHIND, last, safesLast));
        return true;
    }

    /**
     * @return true when the event is safely stored and may be acknowledged to the safe. {@code
     *     restarted} is told when storing it showed that the numbering restarted.
     */
    boolean accept(SafeEvent event, Runnable restarted) {
        if (Objects.equals(stored.get(event.number()), event)) {
            return true;
        }
        try {
            SafeEventStore.Stored outcome = store.store(event);
            if (outcome == SafeEventStore.Stored.NUMBER_TAKEN) {
                restart(new NumberingRestart(NumberingRestart.Cause.EVENT_DIFFERS, lastStoredEventNumber(),
                        event.number()));
                restarted.run();
                outcome = store.store(event);
            }
            remember(event);
            if (outcome == SafeEventStore.Stored.NEW) {
                LOG.info("Safe event {} {} compartment {}", event.number(), event.kind(), event.compartment());
                tellListeners(event);
            }
            return outcome != SafeEventStore.Stored.NUMBER_TAKEN;
        } catch (RuntimeException e) {
            LOG.warn("Could not store safe event {}; not acknowledging, the safe will resend", event.number(), e);
            return false;
        }
    }

    private void restart(NumberingRestart restart) {
        // Operators must look at the safe: its log no longer continues the one stored. No patient data here.
        LOG.warn("Safe {}: its event numbering restarted ({}); was its controller replaced or its memory lost? "
                + "Its events are stored under a new numbering; check the safe.", safeName, restart.describe());
        store.numberingRestarted(restart);
        stored.clear();
        highestStored = 0L;
    }

    private void remember(SafeEvent event) {
        stored.put(event.number(), event);
        highestStored = Math.max(lastStoredEventNumber(), event.number());
    }

    private void tellListeners(SafeEvent event) {
        for (SafeEventListener l : listeners) {
            try {
                l.onSafeEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Safe event listener failed", e);
            }
        }
    }
}
