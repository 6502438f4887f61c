package org.openhat.devices.safe;

import java.util.concurrent.CompletableFuture;

/** A host command waiting for, or awaiting, its turn on the line. */
final class PendingCommand {
    final int type;
    final byte[] payload;
    /** Asked for by a caller (unlock, lock, status) rather than by the driver itself. */
    final boolean fromCaller;
    /** PINGs are never resent: each missed one counts towards OFFLINE. */
    final boolean retriable;
    final CompletableFuture<SafeCommandResult> result = new CompletableFuture<>();
    int seq;
    byte[] wire;
    int attempts;

    PendingCommand(int type, byte[] payload, boolean fromCaller, boolean retriable) {
        this.type = type;
        this.payload = payload;
        this.fromCaller = fromCaller;
        this.retriable = retriable;
    }

    boolean isEventAck(long number) {
        return type == SafeMessageType.EVENT_ACK && SafePayloads.parseEventNumber(payload) == number;
    }
}
