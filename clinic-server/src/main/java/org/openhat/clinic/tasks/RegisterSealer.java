package org.openhat.clinic.tasks;

import io.dropwizard.lifecycle.Managed;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openhat.clinic.service.register.checkpoint.AutomaticCheckpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a minute, seals every ledger that is due a checkpoint (a session window closed, or a day
 * passed, since its last one). Like the session closer, it looks back from now, so a minute
 * missed (or a restart) only makes a checkpoint later, never skips it.
 */
public class RegisterSealer implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterSealer.class);

    private final AutomaticCheckpoints checkpoints;
    private ScheduledExecutorService executor;

    public RegisterSealer(AutomaticCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "register-sealer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sealQuietly, 60, 60, TimeUnit.SECONDS);
    }

    private void sealQuietly() {
        try {
            checkpoints.sealDue();
        } catch (RuntimeException e) {
            // Try again next minute: the ledger stays due until it is sealed.
            LOG.warn("Sealing the register failed; will retry", e);
        }
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
