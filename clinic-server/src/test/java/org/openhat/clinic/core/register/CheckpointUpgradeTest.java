package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.register.checkpoint.Checkpoint;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.DatabaseFactory;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.PostgresDatabaseFactory;
import org.openhat.clinic.db.ProductDao;
import org.openhat.clinic.db.SqliteDatabaseFactory;
import org.openhat.clinic.db.StaffDao;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.testing.Changelog;
import org.openhat.clinic.testing.TestDatabase;
import org.openhat.clinic.testing.TestPostgres;
import org.openhat.devices.testing.MutableClock;

/**
 * A pharmacist's checkpoint made before checkpoints could be the server's (changeset
 * 20261207-tamper-checkpoint-sealed-by-the-server rebuilds the table on SQLite) comes through
 * the upgrade as it was, still verifies, and the table is as append-only as before.
 */
class CheckpointUpgradeTest {
    /** The changesets before the two of 20261207-tamper. */
    private static final int BEFORE_THE_UPGRADE = 21;
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aCheckpointMadeBeforeTheUpgradeIsKeptAndTheServerCanSealAfterIt(TestDatabase.Backend backend)
            throws Exception {
        String postgresUrl = backend == TestDatabase.Backend.POSTGRESQL ? TestPostgres.freshDatabase() : null;
        ClinicDatabase database = ClinicDatabase.open(factory(postgresUrl), new MetricRegistry());
        try {
            Changelog.migrate(database, BEFORE_THE_UPGRADE);
            JdbiTransactor transactor = new JdbiTransactor(database.jdbi());
            MutableClock clock = new MutableClock(AT);
            long pharmacist = staff(database, "pharm.okafor", "Tunde Okafor MRPharmS", "PHARMACIST");
            long nurse = staff(database, "nurse.ben", "Ben Carter RN", "NURSE");
            long product = database.jdbi().withExtension(ProductDao.class, p -> p.insert("05012345678900",
                    "Diamorphine hydrochloride 100 mg", 100, "powder for injection, ampoule",
                    "diamorphine hydrochloride", AT, pharmacist));
            RegisterService register = new RegisterService(transactor, clock, "MAIN");
            Ledger ledger = register.openLedger(product, pharmacist);
            register.record(ledger.id(), new StockCheck(AT, 0, 0, null, nurse, "KIOSK-1", null), pharmacist);
            SigningKey key = SigningKey.loadOrCreate(dir.resolve("key"));
            RegisterVerifier verifier = new RegisterVerifier(transactor, key.publicKeyBase64());
            CheckpointService checkpoints = new CheckpointService(transactor, key, verifier, clock);
            checkpoints.sign(ledger.id(), pharmacist);
            List<Checkpoint> before = database.jdbi().withExtension(CheckpointDao.class, d -> d.forLedger(ledger.id()));

            Changelog.migrateAll(database);

            List<Checkpoint> upgraded = database.jdbi().withExtension(CheckpointDao.class,
                    d -> d.forLedger(ledger.id()));
            assertThat(upgraded).isEqualTo(before);
            assertThat(verifier.verify(ledger.id()).intact()).isTrue();
            register.record(ledger.id(), new StockCheck(AT, 0, 0, null, nurse, "KIOSK-1", null), pharmacist);
            assertThat(checkpoints.sealBySystem(ledger.id(), "after the upgrade")).isPresent();
            List<Checkpoint> after = database.jdbi().withExtension(CheckpointDao.class, d -> d.forLedger(ledger.id()));
            assertThat(after).hasSize(2);
            assertThat(after.get(1).id()).isGreaterThan(before.get(0).id());
            assertThat(after.get(1).signedBy()).isNull();
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM register_checkpoint")))
                    .hasMessageContaining("register entries cannot be changed");
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute(
                    "UPDATE register_checkpoint SET signed_by = NULL")))
                    .hasMessageContaining("register entries cannot be changed");
        } finally {
            database.close();
            if (postgresUrl != null) {
                TestPostgres.drop(postgresUrl);
            }
        }
    }

    private static long staff(ClinicDatabase database, String username, String name, String role) {
        return database.jdbi().withExtension(StaffDao.class, s -> {
            long id = s.insert(username, name, null, "not-a-real-hash", null, AT, null);
            s.insertRole(id, role);
            return id;
        });
    }

    private DatabaseFactory factory(String postgresUrl) {
        if (postgresUrl == null) {
            SqliteDatabaseFactory sqlite = new SqliteDatabaseFactory();
            sqlite.setFile(dir.resolve("upgraded.db").toString());
            return sqlite;
        }
        PostgresDatabaseFactory postgres = new PostgresDatabaseFactory();
        postgres.setUrl(postgresUrl);
        postgres.setUser(TestPostgres.user());
        postgres.setPassword(TestPostgres.password());
        return postgres;
    }

}
