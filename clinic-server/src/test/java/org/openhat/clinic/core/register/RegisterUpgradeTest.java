package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.DatabaseFactory;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.PostgresDatabaseFactory;
import org.openhat.clinic.db.ProductDao;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.service.audit.AuditTrail;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.testing.Changelog;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.clinic.testing.TestPostgres;

/**
 * A register written before entries were keyed by (ledger, line) and before the head row went
 * (changesets 20261122-30 and -31) comes through the upgrade with every entry as it was: the
 * chain verifies to the same head, and the next entry links to it.
 */
class RegisterUpgradeTest {
    /** The changesets before the two that reshaped the register. */
    private static final int BEFORE_THE_RESHAPE = 17;
    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;
    private String postgresUrl;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyEntryWrittenBeforeTheUpgradeVerifiesAfterItAndTheNextLinksOn(TestDatabase.Backend backend)
            throws Exception {
        DatabaseFactory factory = factory(backend);
        ClinicDatabase database = ClinicDatabase.open(factory, new MetricRegistry());
        try {
            Changelog.migrate(database, BEFORE_THE_RESHAPE);
            long nurse = staff(database, "nurse.amara", "Amara Okoye RN");
            long witness = staff(database, "nurse.ben", "Ben Carter RN");
            long product = database.jdbi().withExtension(ProductDao.class, p -> p.insert("05012345678900",
                    "Diamorphine hydrochloride 100 mg", 100, "powder for injection, ampoule",
                    "diamorphine hydrochloride", AT, nurse));
            List<RegisterEntry> written = database.jdbi().inTransaction(h -> writeTheOldWay(h, product, nurse,
                    witness));
            long ledgerId = written.get(0).ledgerId();
            String head = written.get(written.size() - 1).hash();

            Changelog.migrateAll(database);

            JdbiTransactor transactor = new JdbiTransactor(database.jdbi());
            VerifyResult result = new RegisterVerifier(transactor, null).verify(ledgerId);
            assertThat(result.intact()).as(result.describe()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(written.size());
            assertThat(result.describe()).contains(head);
            RegisterService register = new RegisterService(transactor,
                    Clock.fixed(AT.plusSeconds(3600), ZoneOffset.UTC), "MAIN");
            for (RegisterEntry before : written) {
                assertThat(register.entry(ledgerId, before.seq())).isEqualTo(before);
            }
            RegisterEntry next = register.record(ledgerId, new Receipt(AT.plusSeconds(3000), "Alliance Healthcare",
                    "Unit 4, Teesside Park", 5, "INV-2", "B2", java.time.LocalDate.of(2099, 1, 1), witness, null,
                    null), nurse);
            assertThat(next.seq()).isEqualTo(written.size() + 1);
            assertThat(next.prevHash()).isEqualTo(head);
            assertThat(next.balance()).isEqualTo(written.get(written.size() - 1).balance() + 5);
            assertThat(new RegisterVerifier(transactor, null).verify(ledgerId).intact()).isTrue();
            // the copy the audit log used to keep is not shown twice beside the entry itself
            assertThat(new AuditTrail(transactor).forRecord("register_entry", ledgerId + "/1"))
                    .extracting(AuditEvent::action).containsExactly(AuditAction.REGISTER_ENTRY_MADE);
        } finally {
            database.close();
            if (postgresUrl != null) {
                TestPostgres.drop(postgresUrl);
            }
        }
    }

    private DatabaseFactory factory(TestDatabase.Backend backend) {
        if (backend == TestDatabase.Backend.SQLITE) {
            SqliteDatabaseFactory sqlite = new SqliteDatabaseFactory();
            sqlite.setFile(dir.resolve("upgraded.db").toString());
            return sqlite;
        }
        PostgresDatabaseFactory postgres = new PostgresDatabaseFactory();
        postgresUrl = TestPostgres.freshDatabase();
        postgres.setUrl(postgresUrl);
        postgres.setUser(TestPostgres.user());
        postgres.setPassword(TestPostgres.password());
        return postgres;
    }


    private static long staff(ClinicDatabase database, String username, String name) {
        return database.jdbi().withExtension(StaffDao.class, s -> {
            long id = s.insert(username, name, null, "not-a-real-hash", null, AT, null);
            s.insertRole(id, "NURSE");
            return id;
        });
    }

    /** A receipt, two doses and a count, as the code before the upgrade wrote them: entry, head row, audit copy. */
    private static List<RegisterEntry> writeTheOldWay(Handle h, long product, long nurse, long witness) {
        long ledgerId = h.createQuery("""
                        INSERT INTO register_ledger (premises, product_id, drug, form, strength_mg, opened_at, opened_by)
                        VALUES ('MAIN', :product, 'diamorphine hydrochloride', 'powder for injection, ampoule', 100,
                        :at, :by) RETURNING id""")
                .bind("product", product).bind("at", AT.toEpochMilli()).bind("by", nurse).mapTo(Long.class).one();
        List<RegisterEntry> entries = new ArrayList<>();
        long[][] lines = {{10, 10}, {-1, 9}, {-1, 8}, {0, 8}};
        String[] kinds = {"RECEIPT", "ADMINISTRATION", "ADMINISTRATION", "STOCK_CHECK"};
        String prev = LedgerHead.GENESIS;
        for (int i = 0; i < lines.length; i++) {
            Instant at = AT.plusSeconds(60L * i);
            RegisterEntry unsigned = new RegisterEntry(ledgerId, i + 1, EntryKind.valueOf(kinds[i]), at, at, nurse,
                    witness, lines[i][0], lines[i][1], "B1", lines[i][1], "KIOSK-1", null, null,
                    "recorded_by_name=Amara Okoye RN\nsecond_staff_name=Ben Carter RN\nline=" + (i + 1) + "\n", prev,
                    null);
            RegisterEntry entry = unsigned.withHash(CanonicalEntry.hash(unsigned));
            h.createUpdate("""
                            INSERT INTO register_entry (ledger_id, seq, kind, occurred_at, recorded_at, recorded_by,
                            second_staff_id, ampoules, balance, batch, batch_balance, station_code, safe_request_ref,
                            corrects_seq, details, prev_hash, hash) VALUES (:ledgerId, :seq, :kind, :at, :at, :by,
                            :second, :ampoules, :balance, 'B1', :balance, 'KIOSK-1', NULL, NULL, :details, :prev,
                            :hash)""")
                    .bind("ledgerId", ledgerId).bind("seq", entry.seq()).bind("kind", kinds[i])
                    .bind("at", at.toEpochMilli()).bind("by", nurse).bind("second", witness)
                    .bind("ampoules", entry.ampoules()).bind("balance", entry.balance())
                    .bind("details", entry.details()).bind("prev", prev).bind("hash", entry.hash()).execute();
            h.createUpdate("""
                            INSERT INTO audit_log (at, staff_id, action, record_type, record_id, detail)
                            VALUES (:at, :by, 'REGISTER_ENTRY_MADE', 'register_entry', :record, 'old copy')""")
                    .bind("at", at.toEpochMilli()).bind("by", nurse).bind("record", ledgerId + "/" + entry.seq())
                    .execute();
            entries.add(entry);
            prev = entry.hash();
        }
        RegisterEntry last = entries.get(entries.size() - 1);
        h.createUpdate("""
                        INSERT INTO register_ledger_head (ledger_id, last_seq, last_hash, balance, last_entry_at)
                        VALUES (:ledgerId, :seq, :hash, :balance, :at)""")
                .bind("ledgerId", ledgerId).bind("seq", last.seq()).bind("hash", last.hash())
                .bind("balance", last.balance()).bind("at", last.recordedAt().toEpochMilli()).execute();
        return entries;
    }
}
