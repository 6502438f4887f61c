package org.openhat.clinic.tasks;

import io.dropwizard.lifecycle.Managed;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openhat.clinic.service.dispensing.SessionOutcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Once a minute, marks as missed the due patients of every session whose window has closed. */
public class SessionCloser implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(SessionCloser.class);

    private final SessionOutcomes outcomes;
    private ScheduledExecutorService executor;

    public SessionCloser(SessionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "session-closer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::closeQuietly, 1, 60, TimeUnit.SECONDS);
    }

    private void closeQuietly() {
        try {
            outcomes.closeEndedSessions();
        } catch (RuntimeException e) {
            // Try again next minute; a missed mark is late, never lost.
            LOG.warn("Closing ended sessions failed; will retry", e);
        }
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
