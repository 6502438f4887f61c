package org.openhat.clinic.core.register.checkpoint;

import java.time.Instant;

/** A signed checkpoint as stored; {@code signedBy} is null when the server sealed the ledger by itself. */
public record Checkpoint(long id, long ledgerId, long seq, String headHash, Instant signedAt, Long signedBy,
                         String publicKey, String signature) {
}
