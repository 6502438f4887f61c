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
}
