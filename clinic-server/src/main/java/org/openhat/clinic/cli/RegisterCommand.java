package org.openhat.clinic.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.core.register.RegisterVerifier;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.JdbiTransactor;

/**
 * {@code register verify config.yml [--ledger N]}: walks the register's hash chains, checks the
 * signed checkpoints against the clinic's key (if its key file is there) and names the first
 * entry that does not match. Reads only; exits non-zero if anything does not match.
 */
public class RegisterCommand extends ConfiguredCommand<ClinicConfiguration> {

    public RegisterCommand() {
        super("register", "Controlled-drug register tools: 'register verify config.yml [--ledger N]'");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("verify").help("what to do with the register");
        super.configure(subparser);
        subparser.addArgument("--ledger").dest("ledger").type(Long.class).help("verify only this ledger");
    }

    @Override
    protected void run(Bootstrap<ClinicConfiguration> bootstrap, Namespace namespace, ClinicConfiguration config) {
        ClinicDatabase database = ClinicDatabase.open(config.getDatabase(), new MetricRegistry());
        try {
            Path keyFile = Path.of(config.getRegister().getSigningKeyFile());
            String clinicKey = Files.exists(keyFile) ? SigningKey.loadOrCreate(keyFile).publicKeyBase64() : null;
            RegisterVerifier verifier = new RegisterVerifier(new JdbiTransactor(database.jdbi()), clinicKey);
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
}
