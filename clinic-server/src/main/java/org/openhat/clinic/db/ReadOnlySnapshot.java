package org.openhat.clinic.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.openhat.clinic.db.statements.KeptStatements;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * Begins, on one handle, a transaction that reads one consistent snapshot and cannot write.
 *
 * <p>SQLite: every pooled connection begins its transactions IMMEDIATE, so that a check-then-write
 * holds the write lock before it reads (two kiosks can never both read "no dose yet"). A snapshot
 * must not take that lock, or every append queues behind a verify of the whole register. The
 * driver begins a transaction in the connection's mode as soon as autocommit goes off, so the
 * mode is switched to DEFERRED for this transaction only (in WAL, a deferred transaction's first
 * read fixes its snapshot, and a reader never blocks a writer), and {@code query_only} is on for
 * its length, so a write is refused rather than quietly taking the lock. Both are put back before
 * the handle returns the connection to the pool, whatever happened: the mode first, since a
 * connection left DEFERRED would let two check-then-writes both read before either writes,
 * while one left query_only only refuses writes, loudly.
 *
 * <p>PostgreSQL: {@code SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY} as the first
 * statement; it lasts as long as the transaction, so there is nothing to put back.
 *
 * <p>JDBI hands a nested call on the same thread the handle already open there, so a snapshot
 * asked for inside another transaction would be that transaction, not a snapshot: refused. A
 * transaction asked for inside a snapshot runs in the snapshot, and its writes are refused.
 */
final class ReadOnlySnapshot {
    private ReadOnlySnapshot() {
    }

    static <T> T run(Handle handle, Function<Handle, T> work) {
        if (handle.isInTransaction()) {
            throw new IllegalStateException("A read-only snapshot cannot begin inside another transaction on this thread");
        }
        Connection physical = KeptStatements.physical(handle.getConnection());
        if (physical instanceof SQLiteConnection sqlite) {
            return onSqlite(handle, sqlite, work);
        }
        return handle.inTransaction(h -> {
            h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            return work.apply(h);
        });
    }

    private static <T> T onSqlite(Handle handle, SQLiteConnection sqlite, Function<Handle, T> work) {
        SQLiteConnectionConfig config = sqlite.getConnectionConfig();
        TransactionMode mode = config.getTransactionMode();
        config.setTransactionMode(TransactionMode.DEFERRED);
        try {
            queryOnly(sqlite, true);
            T result;
            try {
                result = handle.inTransaction(work::apply);
            } catch (RuntimeException | Error e) {
                try {
                    queryOnly(sqlite, false);
                } catch (RuntimeException restoring) {
                    e.addSuppressed(restoring);
                }
                throw e;
            }
            queryOnly(sqlite, false);
            return result;
        } finally {
            config.setTransactionMode(mode);
        }
    }

    private static void queryOnly(SQLiteConnection sqlite, boolean on) {
        try (Statement s = sqlite.createStatement()) {
            s.execute("PRAGMA query_only = " + (on ? 1 : 0));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + (on ? "set" : "clear") + " query_only on a SQLite connection", e);
        }
    }
}
