package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.db.LedgerChainReader;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.testing.TestDatabase;

/**
 * A verify walks the register in one snapshot and holds no write lock: a kiosk records a dose
 * while a verify is open, and the verify neither waits for it nor half-sees it. The verify is held
 * just before its walk starts (after it has read the ledger and its checkpoints), so the kiosk's
 * append lands deterministically in the middle of it; SQLite's busy timeout is short, so an
 * append that had to wait for the verify's lock fails instead of waiting.
 */
class VerifyWhileKiosksRecordTest {
    private static final int SHORT_BUSY_MS = 300;
    private static final long WAIT_S = 30;

    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aKioskRecordsADoseWhileAVerifyIsOpenAndTheVerifySeesTheLedgerAsItBegan(TestDatabase.Backend backend)
            throws Exception {
        try (RegisterFixture f = RegisterFixture.on(backend, dir, sqlite -> sqlite.setBusyTimeoutMs(SHORT_BUSY_MS))) {
            f.record(f.receipt(10, "B1"));
            for (int i = 0; i < 4; i++) {
                f.record(f.administration(1, 80, "B1"));
            }
            HeldBeforeTheWalk held = new HeldBeforeTheWalk(f.transactor(), 1);
            CompletableFuture<VerifyResult> verify = CompletableFuture.supplyAsync(() ->
                    new RegisterVerifier(held, null).verify(f.ledger.id()));
            RegisterEntry recorded;
            try {
                held.awaitHeld();
                recorded = f.record(f.administration(1, 80, "B1"));
                assertThat(verify).as("the verify is still open when the dose is recorded").isNotDone();
            } finally {
                held.release();
            }
            VerifyResult during = verify.get(WAIT_S, TimeUnit.SECONDS);
            assertThat(recorded.seq()).isEqualTo(6);
            assertThat(during.intact()).as(during.describe()).isTrue();
            assertThat(during.entriesChecked()).as("entries of the ledger as the verify began").isEqualTo(5);
            VerifyResult after = new RegisterVerifier(f.transactor(), null).verify(f.ledger.id());
            assertThat(after.intact()).as(after.describe()).isTrue();
            assertThat(after.entriesChecked()).isEqualTo(6);
            assertThat(after.headHash()).isEqualTo(recorded.hash());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void verifyAllSeesEveryLedgerAsOfOneMomentWhileKiosksRecordInEach(TestDatabase.Backend backend) throws Exception {
        try (RegisterFixture f = RegisterFixture.on(backend, dir, sqlite -> sqlite.setBusyTimeoutMs(SHORT_BUSY_MS))) {
            f.record(f.receipt(10, "B1"));
            Ledger second = f.register.openLedger(f.product500, f.pharmacist);
            f.register.record(second.id(), f.receipt(3, "C1"), f.nurse);
            HeldBeforeTheWalk held = new HeldBeforeTheWalk(f.transactor(), 1);
            CompletableFuture<List<VerifyResult>> verify = CompletableFuture.supplyAsync(() ->
                    new RegisterVerifier(held, null).verifyAll());
            try {
                held.awaitHeld();
                // while the first ledger's walk is held: a dose from the first, a receipt into the second
                f.record(f.administration(1, 80, "B1"));
                f.register.record(second.id(), f.receipt(2, "C2"), f.nurse);
                assertThat(verify).isNotDone();
            } finally {
                held.release();
            }
            List<VerifyResult> results = verify.get(WAIT_S, TimeUnit.SECONDS);
            assertThat(results).allSatisfy(r -> assertThat(r.intact()).as(r.describe()).isTrue());
            assertThat(results).extracting(VerifyResult::entriesChecked).containsExactly(1L, 1L);
            assertThat(new RegisterVerifier(f.transactor(), null).verifyAll())
                    .extracting(VerifyResult::entriesChecked).containsExactly(2L, 2L);
        }
    }

    /**
     * The real transactor, except that the first {@code holds} walks stop just before they read a
     * ledger's entries, until released: by then the verify's transaction has read the ledger and
     * its checkpoints, so whatever snapshot it has is fixed and whatever lock it takes is held.
     */
    private static final class HeldBeforeTheWalk implements Transactor {
        private final Transactor real;
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private int holds;

        HeldBeforeTheWalk(Transactor real, int holds) {
            this.real = real;
            this.holds = holds;
        }

        void awaitHeld() throws InterruptedException {
            assertThat(held.await(WAIT_S, TimeUnit.SECONDS)).as("the verify reached its walk").isTrue();
        }

        void release() {
            released.countDown();
        }

        @Override
        public <T> T inTransaction(Work<T> work) {
            return real.inTransaction(tx -> work.run(holding(tx)));
        }

        @Override
        public <T> T read(Work<T> work) {
            return real.read(tx -> work.run(holding(tx)));
        }

        @Override
        public <T> T readSnapshot(Work<T> work) {
            return real.readSnapshot(tx -> work.run(holding(tx)));
        }

        private Tx holding(Tx tx) {
            return new Tx() {
                @Override
                public <D> D dao(Class<D> type) {
                    if (type == LedgerChainReader.class) {
                        holdOnce();
                    }
                    return tx.dao(type);
                }
            };
        }

        private void holdOnce() {
            synchronized (this) {
                if (holds == 0) {
                    return;
                }
                holds--;
            }
            held.countDown();
            try {
                if (!released.await(WAIT_S, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the verify");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
