package org.openhat.clinic.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.devices.SimulatedSafeFactory;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.StaffDao;

/**
 * {@code seed-demo config.yml}: migrates, then fills an empty database with the demo clinic and its
 * history up to now ({@link LivingClinic}) and prints the sign-ins.
 */
public class SeedDemoCommand extends ConfiguredCommand<ClinicConfiguration> {

    public SeedDemoCommand() {
        super("seed-demo", "Fill a fresh database with a believable demo clinic");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--if-empty").dest("ifEmpty").action(net.sourceforge.argparse4j.impl.Arguments.storeTrue())
                .help("do nothing (and succeed) when the database already has staff");
        subparser.addArgument("--without-history").dest("withoutHistory")
                .action(net.sourceforge.argparse4j.impl.Arguments.storeTrue())
                .help("the clinic as on its first day (prescriptions from yesterday, no doses): for benchmarks "
                        + "that add their own history with seed-history");
    }

    @Override
    protected void run(Bootstrap<ClinicConfiguration> bootstrap, Namespace namespace, ClinicConfiguration config) {
        ClinicDatabase database = ClinicDatabase.open(config.getDatabase(), new MetricRegistry());
        try {
            database.migrate();
            long staffCount = database.jdbi().withExtension(StaffDao.class, StaffDao::count);
            if (staffCount > 0) {
                if (Boolean.TRUE.equals(namespace.getBoolean("ifEmpty"))) {
                    System.out.println("The database already has staff; demo data left as it is.");
                    printSignIns();
                    printScans();
                    return;
                }
                throw new IllegalStateException("seed-demo fills only an empty database; this one has staff");
            }
            if (Boolean.TRUE.equals(namespace.getBoolean("withoutHistory"))) {
                DemoClinic.seed(database.transactor(), Clock.systemUTC(), config.getPremises());
                System.out.println("Demo clinic created without history: 15 patients, 8 staff, 2 products, 2 kiosks.");
            } else {
                seedLivingClinic(database, config);
            }
            printSignIns();
            printScans();
        } finally {
            database.close();
        }
    }

    private static void seedLivingClinic(ClinicDatabase database, ClinicConfiguration config) {
        long started = System.nanoTime();
        LivingClinic.Summary summary = LivingClinic.seed(database.transactor(), Clock.systemUTC(),
                ClinicCalendar.of(config.getSchedule()), config.getPremises(), station -> simulatedSafeLog(config, station));
        System.out.printf("Demo clinic created in %.1f s: %d patients with %d days of history (%d doses, %d sessions "
                        + "withheld or missed), 8 staff, 2 products, 2 kiosks.%n", (System.nanoTime() - started) / 1e9,
                summary.patients(), DemoCast.HISTORY_DAYS, summary.doses(), summary.outcomes());
        LivingClinic.stories().forEach(line -> System.out.println("  " + line));
    }

    /** The event log of the station's safe when it is simulated; a real safe keeps its own. */
    private static Optional<Path> simulatedSafeLog(ClinicConfiguration config, String station) {
        return Optional.ofNullable(config.getStations().get(station)).map(s -> s.getSafe())
                .filter(SimulatedSafeFactory.class::isInstance)
                .map(safe -> ((SimulatedSafeFactory) safe).stateFile(station));
    }

    /** The first things to try at the kiosk, ready to paste. */
    private static void printScans() {
        DemoClinic.DemoPatient daniel = DemoClinic.patients().get(0);
        System.out.println("At the kiosk (kiosk.html?station=KIOSK-1) sign in with badge N0042 and PIN 4242, witness"
                + " N0107 / 1077, then send scans from another terminal:");
        System.out.printf("  ./openhat scan '%s'   %s's clinic card (stable)%n", DemoScans.clinicCard(daniel),
                daniel.name());
        System.out.printf("  ./openhat scan '%s'   a pack of 100 mg ampoules, batch %s%n",
                DemoScans.pack(DemoClinic.GTIN_100, LocalDate.of(2028, 12, 31), DemoClinic.BATCH_100),
                DemoClinic.BATCH_100);
    }

    private static void printSignIns() {
        System.out.println("Demo sign-ins (password for every account: " + DemoClinic.DEMO_PASSWORD + "):");
        for (DemoClinic.DemoStaff s : DemoClinic.STAFF) {
            String badge = s.badge() == null ? "" : "   badge " + s.badge() + " PIN " + s.pin();
            System.out.printf("  %-16s %-12s%s%n", s.username(), s.roles().iterator().next(), badge);
        }
    }
}
