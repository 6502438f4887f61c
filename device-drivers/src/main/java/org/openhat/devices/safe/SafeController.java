package org.openhat.devices.safe;

import java.util.concurrent.CompletableFuture;

/**
 * Port for the controlled-drug safe. Commands complete within about a second (reply
 * timeout times attempts); none is queued across a disconnect, so a late unlock can't happen.
 */
public interface SafeController extends AutoCloseable {

    /**
     * Releases {@code compartment} for {@code seconds} (1..60). Operator and witness are the
     * two staff numbers of the two-person rule; the safe logs the operator with each event.
     */
    CompletableFuture<SafeCommandResult> unlock(int compartment, int seconds, String operator, String witness);

    /** Relocks a compartment that was released but not opened. */
    CompletableFuture<SafeCommandResult> lock(int compartment);

    /** Asks the safe for its status now; {@link #status()} and status listeners see the answer. */
    CompletableFuture<SafeCommandResult> requestStatus();

    /** Last known status; cheap, never blocks. */
    SafeStatus status();

    void addEventListener(SafeEventListener listener);

    void addStatusListener(SafeStatusListener listener);

    /** Connects and starts supervision (PING every second); returns at once. */
    void start();

    @Override
    void close();
}
