package org.openhat.clinic.testing;

import com.codahale.metrics.MetricRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.DatabaseFactory;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.PostgresDatabaseFactory;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.openhat.clinic.db.Transactor;

/**
 * A real database with the real changelog applied: a SQLite file in a temporary folder, or a fresh
 * database on the test PostgreSQL server. The changelog runs once per test run into a template
 * that each test copies, so every test still starts from exactly what Liquibase built.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Backend { SQLITE, POSTGRESQL }

    private static Path sqliteTemplate;
    private static String postgresTemplate;

    private final ClinicDatabase database;
    private final String postgresUrl;

    private TestDatabase(DatabaseFactory factory, String postgresUrl) {
        this.postgresUrl = postgresUrl;
        this.database = ClinicDatabase.open(factory, new MetricRegistry());
    }

    public static TestDatabase create(Backend backend, Path tempDir) {
        return create(backend, tempDir, sqlite -> { });
    }

    /** {@code sqliteSettings} changes the SQLite factory's settings (a shorter busy timeout, a smaller pool) before it opens. */
    public static TestDatabase create(Backend backend, Path tempDir, Consumer<SqliteDatabaseFactory> sqliteSettings) {
        return backend == Backend.SQLITE ? sqlite(tempDir, sqliteSettings) : postgres();
    }

    public static TestDatabase sqlite(Path tempDir) {
        return sqlite(tempDir, sqlite -> { });
    }

    public static TestDatabase sqlite(Path tempDir, Consumer<SqliteDatabaseFactory> settings) {
        Path file = tempDir.resolve("clinic.db");
        try {
            Files.copy(sqliteTemplate(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SqliteDatabaseFactory factory = sqliteFactory(file);
        settings.accept(factory);
        return new TestDatabase(factory, null);
    }

    public static TestDatabase postgres() {
        String url = TestPostgres.createDatabase(postgresTemplate());
        return new TestDatabase(postgresFactory(url), url);
    }

    private static synchronized Path sqliteTemplate() throws IOException {
        if (sqliteTemplate == null) {
            Path file = Files.createTempDirectory("openhat-template").resolve("template.db");
            ClinicDatabase template = ClinicDatabase.open(sqliteFactory(file), new MetricRegistry());
            template.migrate();
            // Closing the last connection checkpoints the WAL into the main file, which is all we copy.
            template.close();
            sqliteTemplate = file;
        }
        return sqliteTemplate;
    }

    private static synchronized String postgresTemplate() {
        if (postgresTemplate == null) {
            String url = TestPostgres.freshDatabase();
            ClinicDatabase template = ClinicDatabase.open(postgresFactory(url), new MetricRegistry());
            template.migrate();
            template.close();
            postgresTemplate = url;
        }
        return postgresTemplate;
    }

    private static SqliteDatabaseFactory sqliteFactory(Path file) {
        SqliteDatabaseFactory factory = new SqliteDatabaseFactory();
        factory.setFile(file.toString());
        return factory;
    }

    private static PostgresDatabaseFactory postgresFactory(String url) {
        PostgresDatabaseFactory factory = new PostgresDatabaseFactory();
        factory.setUrl(url);
        factory.setUser(TestPostgres.user());
        factory.setPassword(TestPostgres.password());
        return factory;
    }

    /** Both databases, for {@code @MethodSource}; PostgreSQL is left out only when skipped on purpose. */
    public static Stream<Backend> backends() {
        return TestPostgres.skippedOnPurpose() ? Stream.of(Backend.SQLITE) : Stream.of(Backend.values());
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public Transactor transactor() {
        return database.transactor();
    }

    public ClinicDatabase database() {
        return database;
    }

    /** A clinic with the demo data in it; returns the demo admin's id. */
    public long seedDemo(Clock clock) {
        return org.openhat.clinic.cli.DemoClinic.seed(transactor(), clock, "MAIN").id();
    }

    @Override
    public void close() {
        database.close();
        if (postgresUrl != null) {
            TestPostgres.drop(postgresUrl);
        }
    }
}
