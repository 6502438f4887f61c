package org.openhat.clinic.db;

import org.jdbi.v3.core.Jdbi;
import org.openhat.clinic.core.Transactor;

public class JdbiTransactor implements Transactor {
    private final Jdbi jdbi;

    public JdbiTransactor(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        return jdbi.inTransaction(handle -> work.run(handle::attach));
    }

    @Override
    public <T> T read(Work<T> work) {
        return jdbi.withHandle(handle -> work.run(handle::attach));
    }
}
