package org.openhat.clinic.testing;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openhat.clinic.ClinicConfiguration;

/**
 * The whole clinic started for a test, on a real SQLite file in a temporary folder or on a fresh
 * PostgreSQL database, with its logs written to a file the test can read.
 */
public final class ClinicApp {
    private ClinicApp() {
    }

    /** The clinic with the demo's simulated scanner and safe at KIOSK-1 and KIOSK-2, their state in {@code dir}. */
    public static DropwizardAppExtension<ClinicConfiguration> on(TestDatabase.Backend backend, Path dir) {
        List<ConfigOverride> stations = new ArrayList<>();
        for (String station : List.of("KIOSK-1", "KIOSK-2")) {
            stations.add(ConfigOverride.config("stations." + station + ".scanner.type", "simulator"));
            stations.add(ConfigOverride.config("stations." + station + ".safe.type", "simulator"));
            stations.add(ConfigOverride.config("stations." + station + ".safe.stateDir", dir.resolve("devices").toString()));
        }
        return on(backend, dir, stations.toArray(ConfigOverride[]::new));
    }

    /** With more settings, e.g. {@code ConfigOverride.config("stations.KIOSK-1.safe.type", "serial")}. */
    public static DropwizardAppExtension<ClinicConfiguration> on(TestDatabase.Backend backend, Path dir,
                                                                 ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>();
        overrides.add(ConfigOverride.config("logging.appenders[1].currentLogFilename", dir.resolve("openhat.log").toString()));
        overrides.add(ConfigOverride.config("logging.appenders[1].archivedLogFilenamePattern", dir.resolve("openhat-%d.log.gz").toString()));
        overrides.add(ConfigOverride.config("server.requestLog.appenders[0].currentLogFilename", dir.resolve("requests.log").toString()));
        overrides.add(ConfigOverride.config("server.requestLog.appenders[0].archivedLogFilenamePattern", dir.resolve("requests-%d.log.gz").toString()));
        overrides.add(ConfigOverride.config("adminTasks.secretFile", dir.resolve("admin-task-secret").toString()));
        // each clinic its own checkpoint file: one shared file would hold other databases' checkpoints
        overrides.add(ConfigOverride.config("register.checkpointDirectory", dir.resolve("checkpoints").toString()));
        if (backend == TestDatabase.Backend.SQLITE) {
            overrides.add(ConfigOverride.config("database.file", dir.resolve("clinic.db").toString()));
        } else {
            overrides.add(ConfigOverride.config("database.type", "postgresql"));
            overrides.add(ConfigOverride.config("database.url", TestPostgres.freshDatabase()));
            overrides.add(ConfigOverride.config("database.user", TestPostgres.user()));
            overrides.add(ConfigOverride.config("database.password", TestPostgres.password()));
            overrides.add(ConfigOverride.config("database.migrateOnStart", "true"));
        }
        overrides.addAll(List.of(extra));
        return new DropwizardAppExtension<>(TestClinicApplication.class, ResourceHelpers.resourceFilePath("test-clinic.yml"),
                overrides.toArray(ConfigOverride[]::new));
    }

    /** Fills the running clinic's database with the demo clinic; returns the demo admin's id. */
    public static long seedDemo(DropwizardAppExtension<ClinicConfiguration> app, java.time.Clock clock) {
        org.openhat.clinic.db.ClinicDatabase db = org.openhat.clinic.db.ClinicDatabase.open(
                app.getConfiguration().getDatabase(), new com.codahale.metrics.MetricRegistry());
        try {
            return org.openhat.clinic.cli.DemoClinic.seed(new org.openhat.clinic.db.JdbiTransactor(db.jdbi()), clock,
                    app.getConfiguration().getPremises()).id();
        } finally {
            db.close();
        }
    }

    public static Path tempDir(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
