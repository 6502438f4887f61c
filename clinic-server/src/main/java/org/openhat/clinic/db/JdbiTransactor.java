package org.openhat.clinic.db;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs work on one JDBI handle. Each {@code tx.dao(X.class)} attaches X to the handle once and
 * hands back the same instance for the rest of the unit of work: attaching a SqlObject is JDBI
 * work for every method it has, and a unit of work often asks for the same DAO several times.
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

    @Override
    public <T> T readSnapshot(Work<T> work) {
        try {
            return jdbi.withHandle(handle -> ReadOnlySnapshot.run(handle, h -> work.run(new AttachedDaos(h))));
        } catch (RuntimeException e) {
            if (DatabaseFaults.isWriteRefusedAsReadOnly(e)) {
                throw new IllegalStateException("A read-only snapshot was asked to write; writes belong in inTransaction", e);
            }
            throw DatabaseFaults.translate(e);
        }
    }

    /** The DAOs attached to one handle, for as long as the unit of work runs; not shared between threads. */
    private static final class AttachedDaos implements Tx {
        private final Handle handle;
        private final Map<Class<?>, Object> attached = new HashMap<>();

        AttachedDaos(Handle handle) {
            this.handle = handle;
        }

        @Override
        public <D> D dao(Class<D> type) {
            Object dao = attached.get(type);
            if (dao == null) {
                dao = type.isInterface() ? handle.attach(type) : onHandle(type);
                attached.put(type, dao);
            }
            return type.cast(dao);
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
