package org.openhat.clinic.db;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openhat.clinic.db.statements.CompiledDao;
import org.openhat.clinic.db.statements.KeptStatements;

/**
 * Runs work on one JDBI handle. Each {@code tx.dao(X.class)} hands back X for the rest of the unit
 * of work, its SQL methods compiled once per server ({@link CompiledDao}) and run as kept
 * prepared statements on the handle's connection: attaching a SqlObject per unit of work, and
 * JDBI's per-statement rendering, parsing and configuration copies, were most of a signed-in
 * request's time (docs/performance.md, "The data path"). JDBI still owns the handle and its
 * transaction, and runs what the compiled layer leaves to it.
 * A DAO that is a class rather than a SqlObject interface (plain JDBC for a hot path, such as
 * {@link LedgerAppendDao}) is built with its {@code (Handle)} constructor. A full disk and a
 * reference to a missing row leave here as the clinic's own exceptions ({@link DatabaseFaults}).
 */
public class JdbiTransactor implements Transactor {
    private final Jdbi jdbi;

    public JdbiTransactor(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        try {
            return jdbi.inTransaction(handle -> work.run(new AttachedDaos(handle)));
        } catch (RuntimeException e) {
            throw DatabaseFaults.translate(e);
        }
    }

    @Override
    public <T> T read(Work<T> work) {
        try {
            return jdbi.withHandle(handle -> work.run(new AttachedDaos(handle)));
        } catch (RuntimeException e) {
            throw DatabaseFaults.translate(e);
        }
    }

    /** The DAOs attached to one handle, for as long as the unit of work runs; not shared between threads. */
    private static final class AttachedDaos implements Tx {
        private final Handle handle;
        private final Map<Class<?>, Object> attached = new HashMap<>();
        /** The driver's connection under the pool's proxy, where compiled statements run. */
        private Connection physical;

        AttachedDaos(Handle handle) {
            this.handle = handle;
        }

        @Override
        public <D> D dao(Class<D> type) {
            Object dao = attached.get(type);
            if (dao == null) {
                dao = type.isInterface() ? compiled(type) : onHandle(type);
                attached.put(type, dao);
            }
            return type.cast(dao);
        }

        private <D> D compiled(Class<D> type) {
            if (physical == null) {
                physical = KeptStatements.physical(handle.getConnection());
            }
            return CompiledDao.of(type).on(physical, () -> handle.attach(type));
        }

        private Object onHandle(Class<?> type) {
            try {
                return type.getConstructor(Handle.class).newInstance(handle);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(type + " is neither a SqlObject interface nor built on a Handle", e);
            }
        }
    }
}
