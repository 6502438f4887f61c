package org.openhat.clinic.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.argparse4j.inf.MutuallyExclusiveGroup;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.core.register.checkpoint.TrustedKey;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.service.register.RegisterVerifier;

/**
 * Controlled-drug register tools.
 * <ul>
 * <li>{@code register verify config.yml [--ledger N] [--public-key FILE | --fingerprint HEX] [--checkpoints FILE]}:
 * walks the hash chains, accepts signed checkpoints only from the clinic's public key (the file or
 * fingerprint given; otherwise the public half of the configured key file, if this machine has it),
 * compares the database's checkpoints with the checkpoint file, and names the first entry that does
 * not match. Reads only; exits non-zero if anything does not match or cannot be checked.</li>
 * <li>{@code register public-key config.yml [--out FILE]}: prints (or writes) the clinic's public
 * key as PEM with its SHA-256 fingerprint, for inspectors to keep.</li>
 * </ul>
 */
public class RegisterCommand extends ConfiguredCommand<ClinicConfiguration> {

    public RegisterCommand() {
        super("register", "Controlled-drug register tools: 'register verify config.yml [--ledger N]"
                + " [--public-key FILE | --fingerprint HEX] [--checkpoints FILE]', 'register public-key config.yml'");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("verify", "public-key").help("what to do with the register");
        super.configure(subparser);
        subparser.addArgument("--ledger").dest("ledger").type(Long.class).help("verify only this ledger");
        MutuallyExclusiveGroup key = subparser.addMutuallyExclusiveGroup("the clinic's public key");
        key.addArgument("--public-key").dest("publicKey")
                .help("PEM file of the clinic's public key (from 'register public-key')");
        key.addArgument("--fingerprint").dest("fingerprint").help("SHA-256 fingerprint of the clinic's public key");
        subparser.addArgument("--checkpoints").dest("checkpoints")
                .help("the checkpoint file to compare with (default: the configured one)");
        subparser.addArgument("--out").dest("out").help("public-key: write the PEM to this file");
    }

    @Override
    protected void run(Bootstrap<ClinicConfiguration> bootstrap, Namespace namespace, ClinicConfiguration config) {
        if ("public-key".equals(namespace.getString("action"))) {
            publicKey(namespace, config);
        } else {
            verify(namespace, config);
        }
    }

    private static void publicKey(Namespace namespace, ClinicConfiguration config) {
        Path keyFile = Path.of(config.getRegister().getSigningKeyFile());
        SigningKey key = SigningKey.ifPresent(keyFile).orElseThrow(() -> new IllegalStateException(
                "No register signing key at " + keyFile + ": run this where the clinic's server runs"));
        String out = namespace.getString("out");
        if (out != null) {
            try {
                Files.writeString(Path.of(out), key.publicKeyPem(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + out, e);
            }
        } else {
            System.out.print(key.publicKeyPem());
        }
        System.out.println("fingerprint sha256:" + key.fingerprint());
    }

    private static void verify(Namespace namespace, ClinicConfiguration config) {
        TrustedKey trusted = trustedKey(namespace, config);
        String checkpoints = namespace.getString("checkpoints");
        CheckpointFile file = checkpoints != null ? new CheckpointFile(Path.of(checkpoints))
                : config.getRegister().checkpointFile();
        System.out.println("accepting checkpoints signed by " + trusted.describe() + "; comparing with " + file.path());
        ClinicDatabase database = ClinicDatabase.open(config.getDatabase(), new MetricRegistry());
        try {
            RegisterVerifier verifier = new RegisterVerifier(database.transactor(), trusted, file);
            Long ledger = namespace.getLong("ledger");
            long started = System.nanoTime();
            List<VerifyResult> results = ledger == null ? verifier.verifyAll() : List.of(verifier.verify(ledger));
            results.forEach(r -> System.out.println(r.describe()));
            System.out.printf("verified %d entries in %.2f s%n",
                    results.stream().mapToLong(VerifyResult::entriesChecked).sum(), (System.nanoTime() - started) / 1e9);
            if (results.stream().anyMatch(r -> !r.intact())) {
                throw new IllegalStateException("The register does not verify: see the entry named above");
            }
        } finally {
            database.close();
        }
    }

    /**
     * The key checkpoints must be signed by: the one given, or else the public half of this
     * machine's key file. Never none: without a key no signature can be checked, and the
     * verifier refuses every checkpoint, saying so.
     */
    private static TrustedKey trustedKey(Namespace namespace, ClinicConfiguration config) {
        String file = namespace.getString("publicKey");
        if (file != null) {
            return TrustedKey.fromFile(Path.of(file));
        }
        String fingerprint = namespace.getString("fingerprint");
        if (fingerprint != null) {
            return TrustedKey.fingerprint(fingerprint);
        }
        return SigningKey.ifPresent(Path.of(config.getRegister().getSigningKeyFile()))
                .map(key -> TrustedKey.publicKey(key.publicKeyBase64()))
                .orElse(TrustedKey.none());
    }
}
