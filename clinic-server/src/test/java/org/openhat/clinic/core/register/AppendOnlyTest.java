package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.testing.TestDatabase;

/** The database itself refuses to change or remove register rows, whatever program asks. */
class AppendOnlyTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    private static RegisterFixture withEntries(TestDatabase.Backend backend, Path dir) {
        RegisterFixture f = RegisterFixture.on(backend, dir);
        f.record(f.receipt(10, "B1"));
        f.record(f.count(9, null));
        new CheckpointService(f.transactor(), SigningKey.loadOrCreate(dir.resolve("key")),
                new RegisterVerifier(f.transactor(), null), f.clock).sign(f.ledger.id(), f.pharmacist);
        f.jdbi().useHandle(h -> h.execute("""
                INSERT INTO safe_event (station_code, safe_event_number, safe_time, received_at, code, compartment)
                VALUES ('KIOSK-1', 1, 0, 0, 'DOOR_OPENED', 1)"""));
        return f;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void rejectsUpdateOfRegisterEntry(TestDatabase.Backend backend) {
        try (RegisterFixture f = withEntries(backend, dir)) {
            refused(f, "UPDATE register_entry SET ampoules = 100 WHERE seq = 1");
            refused(f, "UPDATE register_entry SET details = 'x'");
            assertThat(f.register.entry(f.ledger.id(), 1).ampoules()).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void rejectsDeleteOfRegisterEntry(TestDatabase.Backend backend) {
        try (RegisterFixture f = withEntries(backend, dir)) {
            refused(f, "DELETE FROM register_entry WHERE seq = 2");
            refused(f, "DELETE FROM register_entry");
            long count = f.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM register_entry")
                    .mapTo(Long.class).one());
            assertThat(count).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void rejectsChangesToLedgersCheckpointsDiscrepanciesAndSafeEvents(TestDatabase.Backend backend) {
        try (RegisterFixture f = withEntries(backend, dir)) {
            refused(f, "UPDATE register_ledger SET strength_mg = 500");
            refused(f, "DELETE FROM register_ledger");
            refused(f, "UPDATE register_checkpoint SET head_hash = 'x'");
            refused(f, "DELETE FROM register_checkpoint");
            refused(f, "UPDATE register_discrepancy SET counted = 10");
            refused(f, "DELETE FROM register_discrepancy");
            refused(f, "UPDATE safe_event SET code = 'LOCKED'");
            refused(f, "DELETE FROM safe_event");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theLedgerStandsWhereItsLastEntryLeftIt(TestDatabase.Backend backend) {
        try (RegisterFixture f = withEntries(backend, dir)) {
            LedgerSummary summary = f.register.ledger(f.ledger.id());
            RegisterEntry last = f.register.entry(f.ledger.id(), 2);
            assertThat(summary.entries()).isEqualTo(2);
            assertThat(summary.balance()).isEqualTo(last.balance());
            assertThat(summary.headHash()).isEqualTo(last.hash());
            assertThat(summary.lastEntryAt()).isEqualTo(last.recordedAt());
        }
    }

    private static void refused(RegisterFixture f, String sql) {
        assertThatThrownBy(() -> f.jdbi().useHandle((Handle h) -> h.execute(sql)))
                .hasMessageContaining("register entries cannot be changed");
    }
}
