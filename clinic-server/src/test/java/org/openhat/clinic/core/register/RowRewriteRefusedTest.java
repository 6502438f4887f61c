package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.clinic.testing.TestPostgres;

/**
 * Every way SQL can change or remove a stored row of an append-only table is refused by the
 * schema itself, tried on a plain connection that sets no pragma of ours (as someone editing the
 * SQLite file with their own sqlite3 would), and the rows read back exactly as they were.
 */
class RowRewriteRefusedTest {
    @TempDir
    Path dir;

    /** An append-only table, the columns that name a row, and a column to rewrite with a value. */
    record Table(String name, List<String> key, String column, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Table> APPEND_ONLY = List.of(
            new Table("register_entry", List.of("ledger_id", "seq"), "ampoules", "105"),
            new Table("register_ledger", List.of("id"), "strength_mg", "500"),
            new Table("register_checkpoint", List.of("id"), "head_hash", "'" + "f".repeat(64) + "'"),
            new Table("register_discrepancy", List.of("id"), "counted", "10"),
            new Table("register_discrepancy_note", List.of("id"), "text", "'nothing was missing'"),
            new Table("safe_event", List.of("id"), "code", "'LOCKED'"),
            new Table("safe_numbering", List.of("id"), "safe_number", "99"),
            new Table("audit_log", List.of("id"), "detail", "'nothing happened'"));

    static Stream<Table> tables() {
        return APPEND_ONLY.stream();
    }

    @Test
    void refusesInsertOrReplaceOfRegisterEntry() throws SQLException {
        try (RegisterFixture f = withRowInEveryTable(TestDatabase.Backend.SQLITE); Connection plain = plainSqlite()) {
            assertRefused(plain, """
                    INSERT OR REPLACE INTO register_entry SELECT ledger_id, seq, kind, occurred_at, recorded_at,
                    recorded_by, second_staff_id, 105, balance, batch, batch_balance, station_code, safe_request_ref,
                    corrects_seq, details, prev_hash, hash FROM register_entry WHERE seq = 1""");
            assertThat(f.register.entry(f.ledger.id(), 1).ampoules()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @MethodSource("tables")
    void refusesEveryRewriteOfAStoredRowOnSqliteWithoutOurPragmas(Table table) throws SQLException {
        try (RegisterFixture f = withRowInEveryTable(TestDatabase.Backend.SQLITE); Connection plain = plainSqlite()) {
            assertThat(pragma(plain, "recursive_triggers")).isZero();
            String before = rows(plain, table);
            List<String> columns = columns(plain, table);
            String select = rewrittenSelect(table, columns);
            String columnList = String.join(", ", columns);
            assertRefused(plain, "UPDATE " + table.name() + " SET " + table.column() + " = " + table.value());
            assertRefused(plain, "DELETE FROM " + table.name());
            assertRefused(plain, "INSERT OR REPLACE INTO " + table.name() + " (" + columnList + ") " + select);
            assertRefused(plain, "REPLACE INTO " + table.name() + " (" + columnList + ") " + select);
            assertRefused(plain, "INSERT INTO " + table.name() + " (" + columnList + ") " + select
                    + " ON CONFLICT DO UPDATE SET " + table.column() + " = excluded." + table.column());
            assertRefused(plain, "INSERT INTO " + table.name() + " (" + columnList + ") " + select
                    + " ON CONFLICT (" + String.join(", ", table.key()) + ") DO UPDATE SET "
                    + table.column() + " = excluded." + table.column());
            assertRefused(plain, "UPDATE OR REPLACE " + table.name() + " SET " + table.column() + " = " + table.value());
            assertThat(rows(plain, table)).isEqualTo(before);
        }
    }

    /** The rows a unique index names, not the primary key, are just as safe from REPLACE. */
    @Test
    void refusesReplaceThroughAUniqueIndexOnSqlite() throws SQLException {
        try (RegisterFixture f = withRowInEveryTable(TestDatabase.Backend.SQLITE); Connection plain = plainSqlite()) {
            String ledgers = rows(plain, APPEND_ONLY.get(1));
            assertRefused(plain, """
                    INSERT OR REPLACE INTO register_ledger (id, premises, product_id, drug, form, strength_mg, opened_at,
                    opened_by) SELECT id + 100, premises, product_id, 'forged', form, strength_mg, opened_at, opened_by
                    FROM register_ledger""");
            assertThat(rows(plain, APPEND_ONLY.get(1))).isEqualTo(ledgers);

            String events = rows(plain, APPEND_ONLY.get(5));
            try (Statement s = plain.createStatement()) {
                s.executeUpdate("""
                        INSERT OR REPLACE INTO safe_event (station_code, safe_event_number, safe_time, received_at, code,
                        compartment) VALUES ('KIOSK-1', 1, 5, 5, 'LOCKED', 2)""");
            }
            assertThat(rows(plain, APPEND_ONLY.get(5))).as("a resent safe event is skipped, never replaces")
                    .isEqualTo(events);
        }
    }

    /** A safe resending an event it already sent is still stored once, as the driver expects. */
    @Test
    void storesAResentSafeEventOnce() {
        try (RegisterFixture f = withRowInEveryTable(TestDatabase.Backend.SQLITE)) {
            int inserted = f.jdbi().withHandle(h -> h.execute("""
                    INSERT INTO safe_event (station_code, safe_event_number, safe_time, received_at, code, compartment)
                    VALUES ('KIOSK-1', 1, 0, 0, 'DOOR_OPENED', 1)
                    ON CONFLICT (station_code, numbering, safe_event_number) DO NOTHING"""));
            assertThat(inserted).isZero();
            long stored = f.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM safe_event")
                    .mapTo(Long.class).one());
            assertThat(stored).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("tables")
    void refusesEveryRewriteOfAStoredRowOnPostgres(Table table) throws SQLException {
        if (TestPostgres.skippedOnPurpose()) {
            return;
        }
        try (RegisterFixture f = withRowInEveryTable(TestDatabase.Backend.POSTGRESQL);
             Handle handle = f.jdbi().open()) {
            Connection plain = handle.getConnection();
            plain.setAutoCommit(true);
            String before = rows(plain, table);
            List<String> columns = postgresColumns(plain, table);
            String select = rewrittenSelect(table, columns);
            String columnList = String.join(", ", columns);
            String keys = String.join(", ", table.key());
            String on = table.key().stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
            assertRefused(plain, "UPDATE " + table.name() + " SET " + table.column() + " = " + table.value());
            assertRefused(plain, "DELETE FROM " + table.name());
            assertRefused(plain, "TRUNCATE " + table.name() + " CASCADE");
            assertRefused(plain, "INSERT INTO " + table.name() + " (" + columnList + ") " + select
                    + " ON CONFLICT (" + keys + ") DO UPDATE SET " + table.column() + " = excluded." + table.column());
            assertRefused(plain, "MERGE INTO " + table.name() + " t USING (" + select + ") s ON " + on
                    + " WHEN MATCHED THEN UPDATE SET " + table.column() + " = s." + table.column());
            assertRefused(plain, "MERGE INTO " + table.name() + " t USING (" + select + ") s ON " + on
                    + " WHEN MATCHED THEN DELETE");
            // PostgreSQL has no REPLACE: these are not even SQL there
            assertThatThrownBy(() -> execute(plain, "INSERT OR REPLACE INTO " + table.name() + " " + select))
                    .hasMessageContaining("syntax error");
            assertThatThrownBy(() -> execute(plain, "REPLACE INTO " + table.name() + " " + select))
                    .hasMessageContaining("syntax error");
            assertThat(rows(plain, table)).isEqualTo(before);
        }
    }

    /** A ledger with entries (the first of 5 ampoules), a checkpoint, a discrepancy with a note, and a safe event. */
    private RegisterFixture withRowInEveryTable(TestDatabase.Backend backend) {
        RegisterFixture f = RegisterFixture.on(backend, dir);
        f.record(f.receipt(5, "B1"));
        f.record(f.count(5, null));
        SigningKey key = SigningKey.loadOrCreate(dir.resolve("key"));
        new CheckpointService(f.transactor(), key, new RegisterVerifier(f.transactor(), key.publicKeyBase64()), f.clock)
                .sign(f.ledger.id(), f.pharmacist);
        f.jdbi().useHandle(h -> {
            h.execute("""
                    INSERT INTO register_discrepancy (ledger_id, stock_check_seq, expected, counted, opened_at, opened_by)
                    VALUES (?, 2, 5, 4, 0, ?)""", f.ledger.id(), f.pharmacist);
            h.execute("""
                    INSERT INTO register_discrepancy_note (discrepancy_id, kind, text, written_at, written_by)
                    SELECT MAX(id), 'NOTE', 'one ampoule missing', 0, ? FROM register_discrepancy""", f.pharmacist);
            h.execute("""
                    INSERT INTO safe_event (station_code, safe_event_number, safe_time, received_at, code, compartment)
                    VALUES ('KIOSK-1', 1, 0, 0, 'DOOR_OPENED', 1)""");
            h.execute("""
                    INSERT INTO safe_numbering (station_code, numbering, detected_at, cause, last_stored_number,
                    safe_number) VALUES ('KIOSK-1', 2, 0, 'STATUS_BEHIND', 4, 1)""");
        });
        return f;
    }

    /** A connection of our own to the fixture's file, with the driver's defaults and none of the clinic's settings. */
    private Connection plainSqlite() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("clinic.db"));
    }

    /** Every stored row as it is, with the one column changed: what a forger would put in its place. */
    private static String rewrittenSelect(Table table, List<String> columns) {
        String values = columns.stream().map(c -> c.equals(table.column()) ? table.value() + " AS " + c : c)
                .collect(Collectors.joining(", "));
        return "SELECT " + values + " FROM " + table.name() + " WHERE 1 = 1";
    }

    private static List<String> columns(Connection c, Table table) throws SQLException {
        return strings(c, "SELECT name FROM pragma_table_info('" + table.name() + "') ORDER BY cid");
    }

    private static List<String> postgresColumns(Connection c, Table table) throws SQLException {
        return strings(c, "SELECT column_name FROM information_schema.columns WHERE table_name = '" + table.name()
                + "' AND table_schema = current_schema() ORDER BY ordinal_position");
    }

    private static long pragma(Connection c, String name) throws SQLException {
        return Long.parseLong(strings(c, "PRAGMA " + name).get(0));
    }

    /** Every row of the table in key order, each column as text: equal strings mean nothing changed. */
    private static String rows(Connection c, Table table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + String.join(", ", table.key()))) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append(' ');
                }
                rows.add(row.toString());
            }
        }
        assertThat(rows).as(table.name() + " has rows to rewrite").isNotEmpty();
        return String.join("\n", rows);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> execute(c, sql)).as(sql)
                .hasMessageMatching("(?s).*(register entries|audit lines) cannot be changed.*");
    }
}
