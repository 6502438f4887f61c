package org.openhat.clinic.testing;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.openhat.clinic.core.Transactor;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.DatabaseFactory;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.PostgresDatabaseFactory;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.jdbi.v3.core.Jdbi;

/**
 * A real database with the real changelog applied: a SQLite file in a temporary folder, or a fresh
 * database on the test PostgreSQL server. Close it when done.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Backend { SQLITE, POSTGRESQL }

    private final Backend backend;
    private final ClinicDatabase database;
    private final DatabaseFactory factory;
    private final String postgresUrl;

    private TestDatabase(Backend backend, DatabaseFactory factory, String postgresUrl) {
        this.backend = backend;
        this.factory = factory;
        this.postgresUrl = postgresUrl;
        this.database = ClinicDatabase.open(factory, new MetricRegistry());
        this.database.migrate();
    }

    public static TestDatabase create(Backend backend, Path tempDir) {
        return backend == Backend.SQLITE ? sqlite(tempDir) : postgres();
    }

    public static TestDatabase sqlite(Path tempDir) {
        SqliteDatabaseFactory factory = new SqliteDatabaseFactory();
        factory.setFile(tempDir.resolve("clinic.db").toString());
        return new TestDatabase(Backend.SQLITE, factory, null);
    }

    public static TestDatabase postgres() {
        String url = TestPostgres.freshDatabase();
        PostgresDatabaseFactory factory = new ObjectMapper().convertValue(Map.of(
                "url", url, "user", TestPostgres.user(), "password", TestPostgres.password()),
                PostgresDatabaseFactory.class);
        return new TestDatabase(Backend.POSTGRESQL, factory, url);
    }

    /** Both databases, for {@code @MethodSource}; PostgreSQL is left out only when skipped on purpose. */
    public static Stream<Backend> backends() {
        return TestPostgres.skippedOnPurpose() ? Stream.of(Backend.SQLITE) : Stream.of(Backend.values());
    }

    public Backend backend() {
        return backend;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public Transactor transactor() {
        return new JdbiTransactor(database.jdbi());
    }

    public ClinicDatabase database() {
        return database;
    }

    public DatabaseFactory factory() {
        return factory;
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
