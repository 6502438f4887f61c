package org.openhat.clinic.tasks;

import io.dropwizard.lifecycle.Managed;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a piece of the clinic's housekeeping once a minute on its own thread: marking missed
 * sessions, sealing the register. Each job looks back from now, so a minute missed, a failure
 * or a restart makes the work later, never skips it; a failure is logged and tried again.
 */
public final class EveryMinute implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(EveryMinute.class);

    private final String name;
    private final long firstAfterSeconds;
    private final Runnable job;
    private ScheduledExecutorService executor;

    private EveryMinute(String name, long firstAfterSeconds, Runnable job) {
        this.name = name;
        this.firstAfterSeconds = firstAfterSeconds;
        this.job = job;
    }

    /** Marks as missed the due patients of every session whose window has closed. */
    public static EveryMinute closingSessions(Runnable closeEndedSessions) {
        return new EveryMinute("session-closer", 1, closeEndedSessions);
    }

    /** Seals every ledger due a checkpoint (a session window closed, or a day passed, since its last). */
    public static EveryMinute sealingTheRegister(Runnable sealDue) {
        return new EveryMinute("register-sealer", 60, sealDue);
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runQuietly, firstAfterSeconds, 60, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            job.run();
        } catch (RuntimeException e) {
            // An exception would end the schedule; the work stays due, so the next minute does it.
            LOG.warn("{} failed; will retry in a minute", name, e);
        }
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
