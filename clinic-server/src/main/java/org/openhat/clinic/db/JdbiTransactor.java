package org.openhat.clinic.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.openhat.clinic.db.statements.CompiledDao;
import org.openhat.clinic.db.statements.KeptStatements;

/**
 * Runs units of work. Each {@code tx.dao(X.class)} hands back X for the rest of the unit of work,
 * its SQL methods compiled once per server ({@link CompiledDao}) and run as kept prepared
 * statements on the unit's connection: attaching a SqlObject per unit of work, and JDBI's
 * per-statement rendering, parsing and configuration copies, were most of a signed-in request's
 * time (docs/performance.md, "The data path").
 *
 * <p>A transaction is JDBI's, on one handle, which also runs what the compiled layer leaves to it.
 * A read (autocommit, no transaction) borrows a connection straight from the pool when the
 * transactor has it, without a handle, whose set-up and clean-up cost a trivial signed-in request
 * as much as its statements; only if the read asks for something JDBI must run is a handle opened,
 * on a connection of its own, which for autocommit reads is the same as sharing one.
 *
 * <p>A DAO that is a class rather than a SqlObject interface (plain JDBC for a hot path, such as
 * {@link LedgerAppendDao}) is built with its {@code (Handle)} constructor. A full disk and a
 * reference to a missing row leave here as the clinic's own exceptions ({@link DatabaseFaults}).
 */
public class JdbiTransactor implements Transactor {
    /**
     * Whether this thread is inside a transaction or snapshot of this kind: JDBI gives a nested
     * unit of work the handle already open, so a read nested there sees (and joins) that
     * transaction, as it always did, instead of borrowing a second connection that would wait for
     * the first's write lock.
     */
    private static final ThreadLocal<Boolean> IN_HANDLE = ThreadLocal.withInitial(() -> false);

    private final Jdbi jdbi;
    private final DataSource pool;
    private final WriteTurns writeTurns;

    /** Reads and transactions both on JDBI handles; writers left to the database to order. */
    public JdbiTransactor(Jdbi jdbi) {
        this(jdbi, null, WriteTurns.concurrent());
    }

    /**
     * Reads on connections borrowed from {@code pool} (the one {@code jdbi} draws from), transactions
     * on handles, each in its turn to write.
     */
    public JdbiTransactor(Jdbi jdbi, DataSource pool, WriteTurns writeTurns) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.writeTurns = writeTurns;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        try {
            if (IN_HANDLE.get()) {   // nested: JDBI runs it in the open transaction, whose turn this is
                return jdbi.inTransaction(handle -> work.run(new HandleDaos(handle)));
            }
            return writeTurns.take(() ->
                    withHandleOpen(() -> jdbi.inTransaction(handle -> work.run(new HandleDaos(handle)))));
        } catch (RuntimeException e) {
            throw DatabaseFaults.translate(e);
        }
    }

    @Override
    public <T> T read(Work<T> work) {
        if (pool == null || IN_HANDLE.get()) {
            try {
                return jdbi.withHandle(handle -> work.run(new HandleDaos(handle)));
            } catch (RuntimeException e) {
                throw DatabaseFaults.translate(e);
            }
        }
        try (Connection pooled = pool.getConnection(); ConnectionDaos daos = new ConnectionDaos(pooled, jdbi)) {
            return work.run(daos);
        } catch (SQLException e) {
            throw DatabaseFaults.translate(new IllegalStateException("a read could not borrow a connection", e));
        } catch (RuntimeException e) {
            throw DatabaseFaults.translate(e);
        }
    }

    @Override
    public <T> T readSnapshot(Work<T> work) {
        try {
            return withHandleOpen(() -> jdbi.withHandle(handle -> ReadOnlySnapshot.run(handle, h -> work.run(new HandleDaos(h)))));
        } catch (RuntimeException e) {
            if (DatabaseFaults.isWriteRefusedAsReadOnly(e)) {
                throw new IllegalStateException("A read-only snapshot was asked to write; writes belong in inTransaction", e);
            }
            throw DatabaseFaults.translate(e);
        }
    }

    private static <T> T withHandleOpen(Supplier<T> unit) {
        boolean outer = IN_HANDLE.get();
        IN_HANDLE.set(true);
        try {
            return unit.get();
        } finally {
            IN_HANDLE.set(outer);
        }
    }

    /** The DAOs of one unit of work, each made once; not shared between threads. */
    private abstract static class Daos implements Tx {
        private final Map<Class<?>, Object> made = new HashMap<>();

        @Override
        public <D> D dao(Class<D> type) {
            Object dao = made.get(type);
            if (dao == null) {
                dao = type.isInterface() ? CompiledDao.of(type).on(physical(), () -> handle().attach(type))
                        : onHandle(type, handle());
                made.put(type, dao);
            }
            return type.cast(dao);
        }

        /** The driver's connection under the pool's proxy, where compiled statements run. */
        abstract Connection physical();

        /** A JDBI handle, for what the compiled layer leaves to JDBI. */
        abstract Handle handle();

        private static Object onHandle(Class<?> type, Handle handle) {
            try {
                return type.getConstructor(Handle.class).newInstance(handle);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(type + " is neither a SqlObject interface nor built on a Handle", e);
            }
        }
    }

    /** A unit of work on a JDBI handle (and, for a transaction, in it). */
    private static final class HandleDaos extends Daos {
        private final Handle handle;
        private Connection physical;

        HandleDaos(Handle handle) {
            this.handle = handle;
        }

        @Override
        Connection physical() {
            if (physical == null) {
                physical = KeptStatements.physical(handle.getConnection());
            }
            return physical;
        }

        @Override
        Handle handle() {
            return handle;
        }
    }

    /** A read on a borrowed connection; a handle is opened only if something needs JDBI. */
    private static final class ConnectionDaos extends Daos implements AutoCloseable {
        private final Connection physical;
        private final Jdbi jdbi;
        private Handle handle;

        ConnectionDaos(Connection pooled, Jdbi jdbi) {
            this.physical = KeptStatements.physical(pooled);
            this.jdbi = jdbi;
        }

        @Override
        Connection physical() {
            return physical;
        }

        @Override
        Handle handle() {
            if (handle == null) {
                handle = jdbi.open();
            }
            return handle;
        }

        @Override
        public void close() {
            if (handle != null) {
                try {
                    handle.close();
                } catch (JdbiException e) {
                    // the read's answer stands; the pool validates the connection before lending it again
                }
            }
        }
    }
}
