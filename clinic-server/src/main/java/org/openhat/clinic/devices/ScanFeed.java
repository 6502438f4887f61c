package org.openhat.clinic.devices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.Managed;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openhat.devices.scanner.BarcodeScanner;
import org.openhat.devices.scanner.ScanEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries each station's scans to the kiosk pages signed in at that station. The scanner's reading
 * thread only hands the scan over; a feed thread looks up the patient or staff member and sends
 * the event to every open stream. Streams whose kiosk session ended are closed by a sweep.
 */
public final class ScanFeed implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(ScanFeed.class);
    private static final long SWEEP_SECONDS = 5;

    /** One open stream to a kiosk page (a server-sent event sink, in the resource). */
    public interface Subscriber {
        /** Sends one event; throws when the page has gone. */
        void send(String eventName, String id, String json) throws Exception;

        /** Sends a comment line, which keeps the stream open through proxies and finds dead pages. */
        void keepAlive() throws Exception;

        boolean isClosed();

        void close();
    }

    private record Subscription(String token, long stationId, Subscriber subscriber) {
    }

    private final KioskScans scans;
    private final SessionCheck sessions;
    private final ObjectMapper json;
    private final Map<String, Set<Subscription>> byStation = new ConcurrentHashMap<>();
    private final AtomicLong eventIds = new AtomicLong();
    private final ExecutorService feed = Executors.newSingleThreadExecutor(daemon("scan-feed"));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(daemon("scan-feed-sweep"));

    /** Whether a stream's kiosk session is still live at its station (reads only, never touches it). */
    @FunctionalInterface
    public interface SessionCheck {
        boolean stillAt(String token, long stationId);
    }

    public ScanFeed(KioskScans scans, SessionCheck sessions, ObjectMapper json) {
        this.scans = scans;
        this.sessions = sessions;
        this.json = json;
    }

    /** Listens to a station's scanner. */
    public void attach(String stationCode, BarcodeScanner scanner) {
        scanner.addScanListener(event -> feed.execute(() -> publish(stationCode, event)));
    }

    public void subscribe(String stationCode, String sessionToken, long stationId, Subscriber subscriber) {
        byStation.computeIfAbsent(stationCode, c -> ConcurrentHashMap.newKeySet())
                .add(new Subscription(sessionToken, stationId, subscriber));
    }

    @Override
    public void start() {
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        sweeper.shutdownNow();
        feed.shutdownNow();
        byStation.values().forEach(set -> set.forEach(s -> s.subscriber().close()));
        byStation.clear();
    }

    private void publish(String stationCode, ScanEvent event) {
        Set<Subscription> open = byStation.get(stationCode);
        if (open == null || open.isEmpty()) {
            return; // nobody is signed in there: the scan is not looked up, not kept
        }
        String body;
        try {
            body = json.writeValueAsString(scans.view(event));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Could not prepare a scan at {} for the kiosk ({})", stationCode, e.getClass().getSimpleName());
            return;
        }
        String id = Long.toString(eventIds.incrementAndGet());
        for (Subscription s : open) {
            try {
                s.subscriber().send("scan", id, body);
            } catch (Exception e) {
                drop(stationCode, s);
            }
        }
    }

    private void sweep() {
        byStation.forEach((code, set) -> set.forEach(s -> {
            try {
                if (s.subscriber().isClosed() || !sessions.stillAt(s.token(), s.stationId())) {
                    drop(code, s);
                } else {
                    s.subscriber().keepAlive();
                }
            } catch (Exception e) {
                drop(code, s);
            }
        }));
    }

    private void drop(String stationCode, Subscription s) {
        Set<Subscription> set = byStation.get(stationCode);
        if (set != null) {
            set.remove(s);
        }
        s.subscriber().close();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
