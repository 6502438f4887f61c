package org.openhat.clinic.core.register.checkpoint;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Objects;
import org.openhat.clinic.core.register.Ledger;

/**
 * One line of the checkpoint file: a checkpoint as stored in the database (its id, ledger, line,
 * head hash, time, signer and signature), with the ledger's premises and heading that the
 * signature covers and the fingerprint of the key, so the line can be checked on its own with
 * the clinic's public key. {@code signedBy} is null for a checkpoint the server sealed by itself.
 */
@JsonPropertyOrder({"format", "checkpoint", "premises", "ledger", "heading", "line", "head", "signedAt", "signedBy",
        "fingerprint", "publicKey", "signature"})
public record CheckpointLine(String format, long checkpoint, String premises, long ledger, String heading, long line,
                             String head, String signedAt, Long signedBy, String fingerprint, String publicKey,
                             String signature) {

    public static CheckpointLine of(Ledger ledger, Checkpoint c) {
        return new CheckpointLine(CheckpointExport.FORMAT, c.id(), ledger.premises(), ledger.id(), ledger.heading(),
                c.seq(), c.headHash(), c.signedAt().toString(), c.signedBy(), SigningKey.fingerprintOf(c.publicKey()),
                c.publicKey(), c.signature());
    }

    /** The checkpoint this line records, as the database would hold it. */
    public Checkpoint checkpointRow() {
        return new Checkpoint(checkpoint, ledger, line, head, Instant.parse(signedAt), signedBy, publicKey, signature);
    }

    /** Whether this line records exactly that checkpoint of that ledger. */
    public boolean agreesWith(Ledger ledger, Checkpoint c) {
        return equals(of(ledger, c)) && Objects.equals(fingerprint, SigningKey.fingerprintOf(publicKey));
    }
}
