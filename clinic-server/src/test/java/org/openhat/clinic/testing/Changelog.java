package org.openhat.clinic.testing;

import java.sql.Connection;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.openhat.clinic.db.ClinicDatabase;

/** Applies the real changelog in steps, so an upgrade test can write data the way an older release did. */
public final class Changelog {
    private Changelog() {
    }

    /** Applies the first {@code changesets} changesets not yet applied. */
    public static void migrate(ClinicDatabase database, int changesets) throws Exception {
        update(database, changesets);
    }

    /** Applies every changeset not yet applied: the upgrade itself. */
    public static void migrateAll(ClinicDatabase database) throws Exception {
        update(database, null);
    }

    private static void update(ClinicDatabase database, Integer changesets) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            Database target = liquibase.database.DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(ClinicDatabase.CHANGELOG, new ClassLoaderResourceAccessor(),
                    target)) {
                if (changesets == null) {
                    liquibase.update(new Contexts(), new LabelExpression());
                } else {
                    liquibase.update(changesets, new Contexts(), new LabelExpression());
                }
            }
        }
    }
}
