package org.openhat.clinic.core.register.checkpoint;

import java.time.Instant;

/** A signed checkpoint as stored. */
public record Checkpoint(long id, long ledgerId, long seq, String headHash, Instant signedAt, long signedBy,
                         String publicKey, String signature) {
}
