package org.openhat.clinic.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.time.Clock;
import java.time.LocalDate;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.core.ClinicTime;
import org.openhat.clinic.db.ClinicDatabase;

/**
 * {@code seed-history --years 10 --multiplier 1 config.yml}: gives a demo clinic years of
 * twice-daily supervised doses, so the dose check can be measured on a database the size a real
 * clinic reaches. For benchmarks only: the doses are invented and never happened. Run it on a clinic
 * seeded with {@code seed-demo --without-history}.
 */
public class SeedHistoryCommand extends ConfiguredCommand<ClinicConfiguration> {

    public SeedHistoryCommand() {
        super("seed-history", "Benchmarks only: add years of invented twice-daily doses to a demo clinic");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--years").dest("years").type(Integer.class).setDefault(10)
                .help("years of history per patient, ending yesterday");
        subparser.addArgument("--multiplier").dest("multiplier").type(Integer.class).setDefault(1)
                .help("history size as a multiple of the demo clinic's: 100 adds 99 × 15 invented patients");
        subparser.addArgument("--until").dest("until").setDefault((String) null)
                .help("last clinic date with doses, YYYY-MM-DD (default yesterday in London)");
    }

    @Override
    protected void run(Bootstrap<ClinicConfiguration> bootstrap, Namespace namespace, ClinicConfiguration config) {
        int years = namespace.getInt("years");
        int multiplier = namespace.getInt("multiplier");
        if (years < 1 || multiplier < 1) {
            throw new IllegalArgumentException("--years and --multiplier must be at least 1");
        }
        String until = namespace.getString("until");
        LocalDate last = until != null ? LocalDate.parse(until)
                : LocalDate.now(Clock.systemUTC().withZone(ClinicTime.ZONE)).minusDays(1);
        ClinicDatabase database = ClinicDatabase.open(config.getDatabase(), new MetricRegistry());
        try {
            long started = System.nanoTime();
            HistoryGenerator.Summary summary = new HistoryGenerator(database.jdbi())
                    .generate(years, multiplier, last);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("History seeded: %d patients, %d administrations from %s to %s, in %.1f s (%.0f rows/s)%n",
                    summary.patients(), summary.administrations(), summary.from(), summary.to(), seconds,
                    summary.administrations() / seconds);
        } finally {
            database.close();
        }
    }
}
