package org.openhat.devices.safe;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONLINE / OFFLINE supervision and the last STATUS. Three missed replies in a row make the
 * safe OFFLINE; any reply makes it ONLINE again, which triggers {@code onOnline} (EVENTS_SINCE).
 * Mutated only on the safe link's thread; read from anywhere.
 */
final class SafeStatusTracker {
    private static final Logger LOG = LoggerFactory.getLogger(SafeStatusTracker.class);

    private final int offlineAfter;
    private final Clock clock;
    private final Runnable onOnline;
    private final List<SafeStatusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SafeStatus current = SafeStatus.initial();
    private int missed;

    SafeStatusTracker(int offlineAfter, Clock clock, Runnable onOnline) {
        this.offlineAfter = offlineAfter;
        this.clock = clock;
        this.onOnline = onOnline;
    }

    void addListener(SafeStatusListener listener) {
        listeners.add(listener);
    }

    SafeStatus current() {
        return current;
    }

    void missedReply() {
        missed++;
        if (missed >= offlineAfter && current.online()) {
            LOG.warn("Safe missed {} replies in a row: OFFLINE", missed);
            publish(withLink(SafeLinkState.OFFLINE));
        }
    }

    void linkDown() {
        missed = 0;
        if (current.online()) {
            LOG.warn("Safe link down: OFFLINE");
            publish(withLink(SafeLinkState.OFFLINE));
        }
    }

    void replyReceived(Optional<SafePayloads.StatusReport> report) {
        missed = 0;
        boolean cameOnline = !current.online();
        SafeStatus s = current;
        SafeStatus next = report
                .map(r -> new SafeStatus(SafeLinkState.ONLINE, r.unlocked(), r.doorOpen(), r.tamper(),
                        r.lastEventNumber(), Optional.of(clock.instant())))
                .orElse(new SafeStatus(SafeLinkState.ONLINE, s.unlocked(), s.doorOpen(), s.tamper(),
                        s.lastEventNumber(), Optional.of(clock.instant())));
        if (changed(s, next)) {
            publish(next);
        } else {
            current = next; // only the reply time moved: not worth telling anyone
        }
        if (cameOnline) {
            LOG.info("Safe answers: ONLINE");
            onOnline.run();
        }
    }

    private SafeStatus withLink(SafeLinkState link) {
        SafeStatus s = current;
        return new SafeStatus(link, s.unlocked(), s.doorOpen(), s.tamper(), s.lastEventNumber(), s.lastReplyAt());
    }

    private static boolean changed(SafeStatus a, SafeStatus b) {
        return a.link() != b.link() || a.unlocked() != b.unlocked() || a.doorOpen() != b.doorOpen()
                || a.tamper() != b.tamper() || a.lastEventNumber() != b.lastEventNumber();
    }

    private void publish(SafeStatus next) {
        current = next;
        for (SafeStatusListener l : listeners) {
            try {
                l.onSafeStatus(next);
            } catch (RuntimeException e) {
                LOG.warn("Safe status listener failed", e);
            }
        }
    }
}
