package org.openhat.clinic.db;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;

/**
 * The embedded default: one SQLite file on disk. Every connection gets WAL, synchronous=FULL
 * (an acknowledged write survives power loss), foreign keys, a busy timeout so two kiosks wait
 * for each other instead of failing, and IMMEDIATE transactions so a check-then-write takes the
 * write lock before it reads: two kiosks can never both read "no dose yet" and both write.
 */
@JsonTypeName("sqlite")
public class SqliteDatabaseFactory implements DatabaseFactory {

    @NotEmpty
    private String file = "data/clinic.db";

    @Min(100)
    private int busyTimeoutMs = 10_000;

    private int maxConnections = 8;

    private boolean migrateOnStart = true;

    @JsonProperty
    public String getFile() {
        return file;
    }

    @JsonProperty
    public void setFile(String file) {
        this.file = file;
    }

    @JsonProperty
    public void setBusyTimeoutMs(int busyTimeoutMs) {
        this.busyTimeoutMs = busyTimeoutMs;
    }

    @JsonProperty
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    @JsonProperty
    public void setMigrateOnStart(boolean migrateOnStart) {
        this.migrateOnStart = migrateOnStart;
    }

    @Override
    public DataSourceFactory dataSourceFactory() {
        DataSourceFactory factory = DatabaseFactory.pool("org.sqlite.JDBC", "jdbc:sqlite:" + file, "", "", 1,
                maxConnections);
        factory.setProperties(Map.of(
                "journal_mode", "WAL",
                "synchronous", "FULL",
                "foreign_keys", "true",
                "busy_timeout", Integer.toString(busyTimeoutMs),
                "transaction_mode", "IMMEDIATE",
                // nothing reads generated keys (inserts use RETURNING), and the driver would run an
                // extra query after every INSERT to fetch them
                "jdbc.get_generated_keys", "false"));
        return factory;
    }

    /** One writer at a time, queued in the server rather than by SQLite's sleeping busy handler. */
    @Override
    public WriteTurns writeTurns() {
        return WriteTurns.oneAtATime(java.time.Duration.ofMillis(busyTimeoutMs));
    }

    @Override
    public boolean migrateOnStart() {
        return migrateOnStart;
    }

    @Override
    public String name() {
        return "sqlite";
    }
}
