package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhat.clinic.core.register.Refusals.refusedOn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.register.checkpoint.CheckpointExport;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.core.register.checkpoint.TrustedKey;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.testing.TestDatabase;

/**
 * A checkpoint is the clinic's word only if the clinic's key signed it. A verifier with no key
 * cannot tell, and says so; one with the clinic's public key (or its pinned fingerprint) refuses
 * a checkpoint a stranger signed, however valid that signature is.
 */
class CheckpointTrustTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    private SigningKey clinic;
    private SigningKey stranger;

    /** Two entries sealed by the clinic at entry 1; entry 2 sealed by a stranger's key, its row put in by hand. */
    private RegisterFixture withStrangersCheckpoint(TestDatabase.Backend backend) {
        RegisterFixture f = RegisterFixture.on(backend, dir);
        clinic = SigningKey.loadOrCreate(dir.resolve("clinic.key"));
        stranger = SigningKey.loadOrCreate(dir.resolve("stranger.key"));
        f.record(f.receipt(10, "B1"));
        new CheckpointService(f.transactor(), clinic, new RegisterVerifier(f.transactor(), clinic.publicKeyBase64()),
                f.clock).sign(f.ledger.id(), f.pharmacist);
        RegisterEntry head = f.record(f.administration(1, 100, "B1"));
        Instant at = f.now();
        CheckpointExport unsigned = new CheckpointExport(CheckpointExport.FORMAT, f.ledger.premises(), f.ledger.id(),
                f.ledger.heading(), 2, head.hash(), at, stranger.publicKeyBase64(), null);
        f.jdbi().useExtension(CheckpointDao.class, d -> d.insert(f.ledger.id(), 2, head.hash(), at, f.pharmacist,
                stranger.publicKeyBase64(), stranger.sign(unsigned.message())));
        return f;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void refusesEveryCheckpointWhenNoPublicKeyIsGiven(TestDatabase.Backend backend) {
        try (RegisterFixture f = withStrangersCheckpoint(backend)) {
            VerifyResult result = new RegisterVerifier(f.transactor(), null).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(1);
            assertThat(result.problem()).contains("cannot be checked: no public key of the clinic was given");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void refusesACheckpointSignedByAStrangersKey(TestDatabase.Backend backend) {
        try (RegisterFixture f = withStrangersCheckpoint(backend)) {
            VerifyResult result = new RegisterVerifier(f.transactor(), clinic.publicKeyBase64()).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(2);
            assertThat(result.problem()).contains("signed by key sha256:" + stranger.fingerprint())
                    .contains("not the clinic's key sha256:" + clinic.fingerprint());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void acceptsTheClinicsCheckpointsByPinnedFingerprintAndRefusesAnyOther(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            clinic = SigningKey.loadOrCreate(dir.resolve("clinic.key"));
            stranger = SigningKey.loadOrCreate(dir.resolve("stranger.key"));
            f.record(f.receipt(10, "B1"));
            new CheckpointService(f.transactor(), clinic, new RegisterVerifier(f.transactor(), clinic.publicKeyBase64()),
                    f.clock).sign(f.ledger.id(), f.pharmacist);
            RegisterVerifier byFingerprint = new RegisterVerifier(f.transactor(),
                    TrustedKey.fingerprint("SHA256:" + clinic.fingerprint().toUpperCase()), null);
            assertThat(byFingerprint.verify(f.ledger.id()).intact()).isTrue();
            VerifyResult wrong = byFingerprint.trusting(TrustedKey.fingerprint(stranger.fingerprint()))
                    .verify(f.ledger.id());
            assertThat(wrong.intact()).isFalse();
            assertThat(wrong.problem()).contains("not the clinic's key sha256:" + stranger.fingerprint());
        }
    }

    @Test
    void thePublicKeyAsPemIsAllAVerifierNeeds() throws IOException {
        clinic = SigningKey.loadOrCreate(dir.resolve("clinic.key"));
        Path pem = Files.writeString(dir.resolve("clinic-public.pem"), clinic.publicKeyPem());
        assertThat(Files.readString(pem)).doesNotContain(privateHalf(dir.resolve("clinic.key")));
        TrustedKey fromPem = TrustedKey.fromFile(pem);
        assertThat(fromPem.describe()).isEqualTo("sha256:" + clinic.fingerprint());
        assertThat(fromPem.refusal(clinic.publicKeyBase64())).isNull();
    }

    @Test
    void refusesAFingerprintThatIsNotOne() {
        refusedOn("fingerprint", () -> TrustedKey.fingerprint("abc"));
        refusedOn("fingerprint", () -> TrustedKey.fingerprint(null));
    }

    private static String privateHalf(Path keyFile) throws IOException {
        return Files.readAllLines(keyFile).stream().filter(l -> l.startsWith("private=")).findFirst().orElseThrow()
                .substring("private=".length());
    }
}
