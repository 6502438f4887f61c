package org.openhat.clinic.db;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.ManagedDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jdbi.v3.core.Jdbi;

/** The clinic's database: a pooled data source, JDBI configured for it, and the changelog applied on demand. */
public final class ClinicDatabase {
    public static final String CHANGELOG = "migrations.xml";

    private final ManagedDataSource dataSource;
    private final Jdbi jdbi;
    private final WriteTurns writeTurns;

    private ClinicDatabase(ManagedDataSource dataSource, Jdbi jdbi, WriteTurns writeTurns) {
        this.dataSource = dataSource;
        this.jdbi = jdbi;
        this.writeTurns = writeTurns;
    }

    /** For commands and tests, outside the server's lifecycle; the caller stops the data source. */
    public static ClinicDatabase open(DatabaseFactory factory, MetricRegistry metrics) {
        prepare(factory);
        ManagedDataSource dataSource = factory.dataSourceFactory().build(metrics, factory.name());
        return new ClinicDatabase(dataSource, ClinicJdbi.configure(Jdbi.create(dataSource)), factory.writeTurns());
    }

    public static ClinicDatabase of(ManagedDataSource dataSource, Jdbi jdbi, DatabaseFactory factory) {
        return new ClinicDatabase(dataSource, ClinicJdbi.configure(jdbi), factory.writeTurns());
    }

    /** SQLite needs the folder of its file to exist before the first connection. */
    public static void prepare(DatabaseFactory factory) {
        if (factory instanceof SqliteDatabaseFactory sqlite) {
            Path parent = Path.of(sqlite.getFile()).toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the database folder " + parent, e);
            }
        }
    }

    public void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = liquibase.database.DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Applying the database changelog failed", e);
        } catch (Exception e) {
            throw new IllegalStateException("Closing Liquibase failed", e);
        }
    }

    /**
     * Units of work on this database: transactions on JDBI handles, taking turns to write where the
     * database has one writer at a time; reads straight on the pool's connections. Every transactor
     * of this database shares the same turns.
     */
    public Transactor transactor() {
        return new JdbiTransactor(jdbi, dataSource, writeTurns);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public ManagedDataSource dataSource() {
        return dataSource;
    }

    public void close() {
        try {
            dataSource.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Closing the database failed", e);
        }
    }
}
