package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.register.Refusals.refusedOn;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.core.register.checkpoint.CheckpointExport;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;

class CheckpointTest {
    @TempDir
    Path dir;
    RegisterFixture f;
    CheckpointService checkpoints;
    SigningKey key;

    @BeforeEach
    void open() {
        f = RegisterFixture.sqlite(dir);
        key = SigningKey.loadOrCreate(dir.resolve("keys/register.key"));
        checkpoints = new CheckpointService(f.transactor(), key, new RegisterVerifier(f.transactor(), key.publicKeyBase64()),
                f.clock);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void signedCheckpointNamesTheHeadAndVerifiesOfflineWithItsPublicKey() {
        f.record(f.receipt(10, "B1"));
        RegisterEntry head = f.record(f.administration(1, 50, "B1"));
        CheckpointExport export = checkpoints.sign(f.ledger.id(), f.pharmacist);
        assertThat(export.seq()).isEqualTo(2);
        assertThat(export.headHash()).isEqualTo(head.hash());
        assertThat(export.ledgerHeading()).contains("100 mg").contains("MAIN");
        assertThat(export.publicKey()).isEqualTo(key.publicKeyBase64());
        assertThat(export.signatureValid()).isTrue();
        assertThat(checkpoints.exports(f.ledger.id())).containsExactly(export);
        assertThat(checkpoints.check(export).holds()).isTrue();
    }

    @Test
    void tamperedCheckpointFailsOfflineVerification() {
        f.record(f.receipt(10, "B1"));
        CheckpointExport export = checkpoints.sign(f.ledger.id(), f.pharmacist);
        CheckpointExport otherHead = new CheckpointExport(export.format(), export.premises(), export.ledgerId(),
                export.ledgerHeading(), export.seq(), "f".repeat(64), export.signedAt(), export.publicKey(),
                export.signature());
        CheckpointExport otherTime = new CheckpointExport(export.format(), export.premises(), export.ledgerId(),
                export.ledgerHeading(), export.seq(), export.headHash(), Instant.EPOCH, export.publicKey(),
                export.signature());
        SigningKey stranger = SigningKey.loadOrCreate(dir.resolve("stranger.key"));
        CheckpointExport resigned = new CheckpointExport(export.format(), export.premises(), export.ledgerId(),
                export.ledgerHeading(), export.seq(), "f".repeat(64), export.signedAt(), stranger.publicKeyBase64(),
                null);
        resigned = new CheckpointExport(resigned.format(), resigned.premises(), resigned.ledgerId(),
                resigned.ledgerHeading(), resigned.seq(), resigned.headHash(), resigned.signedAt(),
                resigned.publicKey(), stranger.sign(resigned.message()));
        assertThat(otherHead.signatureValid()).isFalse();
        assertThat(otherTime.signatureValid()).isFalse();
        assertThat(resigned.signatureValid()).isTrue();
        assertThat(checkpoints.check(resigned).signedByThisClinic()).isFalse();
        assertThat(checkpoints.check(resigned).holds()).isFalse();
        assertThat(checkpoints.check(otherHead).holds()).isFalse();
    }

    @Test
    void keyFileIsMadeOnceAndReadBackTheSame() {
        SigningKey again = SigningKey.loadOrCreate(dir.resolve("keys/register.key"));
        assertThat(again.publicKeyBase64()).isEqualTo(key.publicKeyBase64());
    }

    @Test
    void refusesCheckpointOfAnEmptyLedger() {
        refusedOn("ledgerId", () -> checkpoints.sign(f.ledger.id(), f.pharmacist));
    }
}
