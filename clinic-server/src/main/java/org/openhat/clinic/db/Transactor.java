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

    /** A unit of work; {@code tx.dao(X.class)} gives DAOs bound to the transaction's connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx);
    }

    interface Tx {
        <D> D dao(Class<D> type);
    }
}
