package org.openhat.clinic.core.register.checkpoint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.openhat.clinic.core.register.Ledger;

/**
 * A checkpoint as handed to an inspector: which ledger, up to which entry, that entry's hash, when,
 * and the clinic's signature over exactly those facts. Whoever holds it can later show that the
 * ledger still has that hash at that entry, so nothing at or before it has changed.
 */
public record CheckpointExport(String format, String premises, long ledgerId, String ledgerHeading, long seq,
                               String headHash, Instant signedAt, String publicKey, String signature) {
    public static final String FORMAT = "openhat-register-checkpoint/v1";

    public static CheckpointExport of(Ledger ledger, Checkpoint checkpoint) {
        return new CheckpointExport(FORMAT, ledger.premises(), ledger.id(), ledger.heading(), checkpoint.seq(),
                checkpoint.headHash(), checkpoint.signedAt(), checkpoint.publicKey(), checkpoint.signature());
    }

    /** The exact bytes that are signed. */
    public byte[] message() {
        String text = FORMAT + "\n"
                + "premises=" + premises + "\n"
                + "ledger=" + ledgerId + "\n"
                + "heading=" + ledgerHeading + "\n"
                + "seq=" + seq + "\n"
                + "head=" + headHash + "\n"
                + "signed_at=" + signedAt.toEpochMilli() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Offline check: the signature is the holder of {@code publicKey}'s over these facts. */
    public boolean signatureValid() {
        return FORMAT.equals(format) && signedAt != null && SigningKey.verify(publicKey, message(), signature);
    }
}
