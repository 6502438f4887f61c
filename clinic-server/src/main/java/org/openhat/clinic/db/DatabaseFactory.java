package org.openhat.clinic.db;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jackson.Discoverable;

/**
 * Which database the clinic runs on, chosen in configuration by {@code type:} (sqlite or
 * postgresql). Both run the same changelog and the same DAOs; only connection settings differ.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface DatabaseFactory extends Discoverable {

    /** The pool and driver settings for this database. */
    DataSourceFactory dataSourceFactory();

    /** Whether the server applies the changelog itself at start-up. */
    boolean migrateOnStart();

    /** A short name for health checks and metrics. */
    String name();

    /** How this server's writers share the database; one {@link WriteTurns} per database, made once. */
    default WriteTurns writeTurns() {
        return WriteTurns.concurrent();
    }

    /** The pool settings both databases share: sizes, validation, a bounded wait, autocommit by default. */
    static DataSourceFactory pool(String driverClass, String url, String user, String password, int minSize,
                                  int maxSize) {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass(driverClass);
        factory.setUrl(url);
        factory.setUser(user);
        factory.setPassword(password);
        factory.setMinSize(minSize);
        factory.setInitialSize(minSize);
        factory.setMaxSize(maxSize);
        factory.setValidationQuery("SELECT 1");
        factory.setMaxWaitForConnection(io.dropwizard.util.Duration.seconds(10));
        factory.setAutoCommitByDefault(true);
        return factory;
    }
}
