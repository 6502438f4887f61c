package org.openhat.clinic.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify reads SQLite text as UTF-8 bytes; it must read exactly what getString would. */
class SqliteTextColumnTest {
    @TempDir
    Path dir;

    @Test
    void textIsReadAsGetStringReadsItEmptyAndNullIncluded() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("text.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT)");
            s.execute("INSERT INTO t (n, v) VALUES (1, 'Zoë O''Brien'), (2, ''), (3, NULL), "
                    + "(4, 'line one' || char(10) || 'line two'), (5, '日本')");
            try (ResultSet rs = s.executeQuery("SELECT v, v FROM t ORDER BY n")) {
                int rows = 0;
                while (rs.next()) {
                    String expected = rs.getString(1);
                    assertThat(RegisterEntryMapper.SQLITE_TEXT.read(rs, 2)).isEqualTo(expected);
                    rows++;
                }
                assertThat(rows).isEqualTo(5);
            }
        }
    }
}
