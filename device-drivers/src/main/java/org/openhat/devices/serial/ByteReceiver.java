package org.openhat.devices.serial;

import java.time.Instant;

/** Receives bytes as they arrive, stamped with the time the read returned. */
@FunctionalInterface
public interface ByteReceiver {
    /**
     * @param bytes         the chunk; the receiver may keep it
     * @param receivedAt    wall-clock time the chunk was read
     * @param receivedNanos {@link System#nanoTime()} at the same moment, for latency measurement
     */
    void onBytes(byte[] bytes, Instant receivedAt, long receivedNanos);
}
