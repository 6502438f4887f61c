package org.openhat.clinic.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.openhat.clinic.db.statements.KeptStatements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.register.RegisterFixture;
import org.openhat.clinic.core.stations.KioskStation;
import org.openhat.clinic.testing.TestDatabase;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * {@link Transactor#readSnapshot}: one moment of the database, no write lock, no writes, and a
 * pooled SQLite connection handed back exactly as it was lent (IMMEDIATE, writable).
 */
class ReadSnapshotTest {
    /** Short, so that a write that would have to wait for a lock fails at once instead of after 10 s. */
    private static final int SHORT_BUSY_MS = 200;
    private static final long WAIT_S = 30;

    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSnapshotSeesOneMomentWhileAnotherConnectionWritesAndCommits(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir, sqlite -> sqlite.setBusyTimeoutMs(SHORT_BUSY_MS))) {
            Transactor transactor = f.transactor();
            addStation(transactor, f, "KIOSK-1");

            List<Integer> seen = transactor.readSnapshot(tx -> {
                int before = tx.dao(StationDao.class).all().size();
                // a kiosk's write on another thread, so on another pooled connection (JDBI lends a nested call
                // on this thread the snapshot's own handle): on SQLite an IMMEDIATE transaction, which fails
                // after the short busy timeout if the snapshot holds the write lock
                join(CompletableFuture.runAsync(() -> addStation(transactor, f, "KIOSK-2")));
                return List.of(before, tx.dao(StationDao.class).all().size());
            });

            assertThat(seen).as("stations seen in the snapshot before and after the other write").containsExactly(1, 1);
            assertThat(stations(transactor)).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aWriteInsideASnapshotIsRefusedAndNothingIsWritten(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            Transactor transactor = f.transactor();

            assertThatThrownBy(() -> transactor.readSnapshot(tx -> tx.dao(StationDao.class)
                    .insert("KIOSK-1", "Kiosk 1", "Room 1", Instant.EPOCH, f.nurse)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("read-only snapshot was asked to write");

            assertThat(stations(transactor)).isEmpty();
            addStation(transactor, f, "KIOSK-1");
            assertThat(stations(transactor)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSnapshotAskedForInsideATransactionIsRefusedRatherThanQuietlyBeingThatTransaction(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            Transactor transactor = f.transactor();

            assertThatThrownBy(() -> transactor.inTransaction(tx -> transactor.readSnapshot(inner ->
                    inner.dao(StationDao.class).all())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot begin inside another transaction");
        }
    }

    /**
     * Two kiosks must never both read "no dose yet": every SQLite transaction takes the write lock
     * at BEGIN. A snapshot switches its connection to DEFERRED and query_only; after snapshots on
     * every connection of the pool, one that ended normally and one that threw, a transaction must
     * still lock at BEGIN, and every connection must still write.
     */
    @Test
    void sqliteConnectionsGoBackToThePoolImmediateAndWritableAfterSnapshotsEndedEitherWay() throws Exception {
        try (RegisterFixture f = RegisterFixture.on(TestDatabase.Backend.SQLITE, dir, sqlite -> {
            sqlite.setBusyTimeoutMs(SHORT_BUSY_MS);
            sqlite.setMaxConnections(2);
        })) {
            Transactor transactor = f.transactor();
            snapshotsOnBothConnectionsAtOnce(transactor);

            CountDownLatch aHoldsItsTransaction = new CountDownLatch(1);
            CountDownLatch bIsDone = new CountDownLatch(1);
            CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> transactor.inTransaction(tx -> {
                tx.dao(StationDao.class).all();
                aHoldsItsTransaction.countDown();
                await(bIsDone);
                return tx.dao(StationDao.class).insert("KIOSK-A", "Kiosk A", "Room 1", Instant.EPOCH, f.nurse);
            }));
            assertThat(aHoldsItsTransaction.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
            AtomicBoolean bRead = new AtomicBoolean();
            try {
                assertThatThrownBy(() -> transactor.inTransaction(tx -> {
                    bRead.set(true);
                    return tx.dao(StationDao.class).all();
                })).hasRootCauseInstanceOf(SQLiteException.class)
                        .satisfies(e -> assertThat(primaryCode(e)).isEqualTo(SQLiteErrorCode.SQLITE_BUSY.code));
            } finally {
                bIsDone.countDown();
            }
            assertThat(bRead).as("the second transaction read while the first held its own").isFalse();
            assertThat(a.get(WAIT_S, TimeUnit.SECONDS)).isPositive();

            try (Handle one = f.jdbi().open(); Handle two = f.jdbi().open()) {
                for (Handle h : List.of(one, two)) {
                    Connection physical = KeptStatements.physical(h.getConnection());
                    assertThat(physical.unwrap(SQLiteConnection.class).getConnectionConfig().getTransactionMode())
                            .isEqualTo(TransactionMode.IMMEDIATE);
                    assertThat(h.createQuery("PRAGMA query_only").mapTo(Integer.class).one()).isZero();
                }
                assertThat(KeptStatements.physical(one.getConnection()))
                        .isNotSameAs(KeptStatements.physical(two.getConnection()));
            }
        }
    }

    /** Holds two snapshots open together, so both of the pool's connections serve one; the second throws. */
    private static void snapshotsOnBothConnectionsAtOnce(Transactor transactor) throws Exception {
        CountDownLatch bothOpen = new CountDownLatch(2);
        CompletableFuture<Integer> ends = CompletableFuture.supplyAsync(() -> transactor.readSnapshot(tx -> {
            int stations = tx.dao(StationDao.class).all().size();
            bothOpen.countDown();
            await(bothOpen);
            return stations;
        }));
        CompletableFuture<Integer> fails = CompletableFuture.supplyAsync(() -> transactor.readSnapshot(tx -> {
            tx.dao(StationDao.class).all();
            bothOpen.countDown();
            await(bothOpen);
            throw new IllegalStateException("the printout failed half way");
        }));
        assertThat(ends.get(WAIT_S, TimeUnit.SECONDS)).isZero();
        assertThatThrownBy(() -> fails.get(WAIT_S, TimeUnit.SECONDS)).hasRootCauseMessage("the printout failed half way");
    }

    private static List<KioskStation> stations(Transactor transactor) {
        return transactor.read(tx -> tx.dao(StationDao.class).all());
    }

    private static void addStation(Transactor transactor, RegisterFixture f, String code) {
        transactor.inTransaction(tx -> tx.dao(StationDao.class).insert(code, "Kiosk " + code, "Room 1", Instant.EPOCH,
                f.nurse));
    }

    /** SQLite's primary result code (extended codes carry it in their low byte), or -1 if SQLite said nothing. */
    private static int primaryCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().code & 0xff;
            }
        }
        return -1;
    }

    private static void join(CompletableFuture<?> work) {
        try {
            work.get(WAIT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other connection's write failed", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_S, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other side never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
