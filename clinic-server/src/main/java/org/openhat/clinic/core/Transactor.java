package org.openhat.clinic.core;

/**
 * The transaction boundary services own, without tying core code to a database library: the work
 * runs in one database transaction, commits if it returns, and rolls back if it throws.
 */
public interface Transactor {

    <T> T inTransaction(Work<T> work);

    /** A unit of work; {@code tx.dao(X.class)} gives DAOs bound to the transaction's connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx);
    }

    interface Tx {
        <D> D dao(Class<D> type);
    }
}
