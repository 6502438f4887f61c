package org.openhat.clinic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.ClinicApplication;
import org.openhat.clinic.core.register.RegisterFixture;
import org.openhat.clinic.core.register.checkpoint.CheckpointExport;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;

/**
 * {@code register verify} and {@code register public-key} as an inspector runs them: the real jar's
 * main class in its own JVM, on a SQLite file, on a machine without the clinic's private key. The
 * exit code is the answer.
 */
class RegisterCommandTest {
    @TempDir
    Path dir;
    Path config;
    Path clinicKeyFile;
    SigningKey clinic;

    /** A ledger sealed by the clinic's key, with its checkpoint file; the command's config names no key file that exists. */
    @BeforeEach
    void sealedRegister() throws IOException {
        clinicKeyFile = dir.resolve("clinic-machine/register-signing.key");
        clinic = SigningKey.loadOrCreate(clinicKeyFile);
        try (RegisterFixture f = RegisterFixture.sqlite(dir)) {
            f.record(f.receipt(10, "B1"));
            f.record(f.administration(1, 100, "B1"));
            new CheckpointService(f.transactor(), clinic, new RegisterVerifier(f.transactor(), clinic.publicKeyBase64()),
                    f.clock, CheckpointFile.in(dir.resolve("checkpoints"))).sealBySystem(f.ledger.id(), "test");
        }
        config = writeConfig(dir.resolve("inspector-has-no-key.key"));
    }

    private Path writeConfig(Path signingKeyFile) throws IOException {
        return Files.writeString(dir.resolve("clinic-" + signingKeyFile.getFileName() + ".yml"), String.join("\n",
                "database:",
                "  type: sqlite",
                "  file: " + dir.resolve("clinic.db"),
                "register:",
                "  signingKeyFile: " + signingKeyFile,
                "  checkpointDirectory: " + dir.resolve("checkpoints"),
                "logging:",
                "  level: WARN",
                ""));
    }

    @Test
    void verifyWithoutAnyPublicKeyFailsSayingItCannotCheckTheSignatures() throws Exception {
        Run run = jar("register", "verify", config.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("accepting checkpoints signed by no public key")
                .contains("cannot be checked: no public key of the clinic was given");
    }

    @Test
    void verifyWithTheClinicsExportedPublicKeyPasses() throws Exception {
        Path pem = dir.resolve("clinic-public.pem");
        Run export = jar("register", "public-key", writeConfig(clinicKeyFile).toString(), "--out", pem.toString());
        assertThat(export.exit()).isZero();
        assertThat(export.output()).contains("fingerprint sha256:" + clinic.fingerprint());
        assertThat(Files.readString(pem)).startsWith("-----BEGIN PUBLIC KEY-----").doesNotContain("private");

        Run run = jar("register", "verify", config.toString(), "--public-key", pem.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("2 entries and 1 checkpoints intact");
    }

    @Test
    void verifyWithThePinnedFingerprintPassesAndWithAnotherFails() throws Exception {
        Run pinned = jar("register", "verify", config.toString(), "--ledger", "1", "--fingerprint", clinic.fingerprint());
        assertThat(pinned.exit()).as(pinned.output()).isZero();

        SigningKey stranger = SigningKey.loadOrCreate(dir.resolve("stranger.key"));
        Run other = jar("register", "verify", config.toString(), "--fingerprint", stranger.fingerprint());
        assertThat(other.exit()).isNotZero();
        assertThat(other.output()).contains("not the clinic's key sha256:" + stranger.fingerprint());
    }

    /** The old failure: verify run without the key file passed a checkpoint a stranger signed. */
    @Test
    void verifyRefusesACheckpointSignedByAStranger() throws Exception {
        SigningKey stranger = SigningKey.loadOrCreate(dir.resolve("stranger.key"));
        try (RegisterFixture f = RegisterFixture.reopen(dir)) {
            var head = f.register.entry(f.ledger.id(), 2);
            CheckpointExport unsigned = new CheckpointExport(CheckpointExport.FORMAT, f.ledger.premises(),
                    f.ledger.id(), f.ledger.heading(), 2, head.hash(), f.now(), stranger.publicKeyBase64(), null);
            f.jdbi().useExtension(CheckpointDao.class, d -> d.insert(f.ledger.id(), 2, head.hash(), f.now(), null,
                    stranger.publicKeyBase64(), stranger.sign(unsigned.message())));
        }
        Run run = jar("register", "verify", config.toString(), "--fingerprint", clinic.fingerprint());
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("ledger 1: entry 2 does not match")
                .contains("signed by key sha256:" + stranger.fingerprint());
    }

    record Run(int exit, String output) {
    }

    /** {@code java -jar openhat-clinic.jar args...}: the application's main class on the test's class path. */
    private Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClinicApplication.class.getName()));
        command.addAll(List.of(args));
        Path output = dir.resolve("command-output.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
