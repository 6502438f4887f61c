package org.openhat.clinic.db;

/**
 * The transaction boundary services own, without tying core code to a database library: the work
 * runs in one database transaction, commits if it returns, and rolls back if it throws.
 */
public interface Transactor {

    <T> T inTransaction(Work<T> work);

    /**
     * Reads without a transaction: each statement sees committed data on its own. For look-ups and
     * advisory checks only, never for a check-then-write. On SQLite this keeps readers from queueing
     * behind the write lock that every transaction takes at BEGIN.
     */
    <T> T read(Work<T> work);

    /**
     * Reads in one transaction that sees one consistent snapshot of the database from its first
     * statement to its end, without ever taking a write lock: on SQLite a DEFERRED transaction
     * (in WAL, a reader's snapshot does not block writers), on PostgreSQL a REPEATABLE READ, READ
     * ONLY one. For long reads whose statements must agree with each other, such as a verify
     * walking a whole ledger while kiosks go on recording doses. Any write in it is refused with
     * an error, on both databases: it is never a place for a check-then-write.
     */
    <T> T readSnapshot(Work<T> work);

    /** A unit of work; {@code tx.dao(X.class)} gives DAOs bound to the transaction's connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx);
    }

    interface Tx {
        <D> D dao(Class<D> type);
    }
}
