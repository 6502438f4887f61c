package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.testing.TestDatabase;

class AppendTransactionTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void administrationCommitsOrRollsBackWithTheDosingFlowsTransaction(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            f.record(f.receipt(5, "B1"));
            Administration dose = f.administration(1, 70, "B1");
            assertThatThrownBy(() -> f.transactor().inTransaction(tx -> {
                f.register.recordAdministration(tx, f.register.ledgerForProduct(tx, f.product100), dose, f.nurse);
                throw new IllegalStateException("the dose record failed to save");
            })).hasMessageContaining("dose record failed");
            assertThat(f.register.ledger(f.ledger.id()).entries()).isEqualTo(1);

            RegisterEntry entry = f.transactor().inTransaction(tx ->
                    f.register.recordAdministration(tx, f.ledger, dose, f.nurse));
            assertThat(entry.seq()).isEqualTo(2);
            assertThat(entry.balance()).isEqualTo(4);
            assertThat(entry.recordedBy()).isEqualTo(f.nurse);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void concurrentAppendsToOneLedgerQueueUpWithoutGapsOrForks(TestDatabase.Backend backend) throws Exception {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            Receipt receipt = f.receipt(1, "B1");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<RegisterEntry>> appends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                appends.add(pool.submit(() -> f.register.record(f.ledger.id(), receipt, f.nurse)));
            }
            for (Future<RegisterEntry> append : appends) {
                append.get();
            }
            pool.shutdown();
            VerifyResult result = new RegisterVerifier(f.transactor(), null).verify(f.ledger.id());
            assertThat(result.intact()).as(result.describe()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(40);
            assertThat(f.register.ledger(f.ledger.id()).balance()).isEqualTo(40);
        }
    }
}
