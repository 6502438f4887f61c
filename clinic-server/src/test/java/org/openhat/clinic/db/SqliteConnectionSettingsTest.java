package org.openhat.clinic.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhat.clinic.testing.TestDatabase;

/** Every pooled SQLite connection carries the settings that make an acknowledged write durable and kiosks wait. */
class SqliteConnectionSettingsTest {
    @TempDir
    Path dir;

    @Test
    void everyConnectionUsesWalFullSyncForeignKeysAndABusyTimeout() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(dir)) {
            for (int i = 0; i < 3; i++) {
                db.jdbi().useHandle(h -> {
                    assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                    assertThat(h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(2);
                    assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                    assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isEqualTo(10_000);
                });
            }
            assertThat(Files.exists(dir.resolve("clinic.db"))).isTrue();
        }
    }
}
