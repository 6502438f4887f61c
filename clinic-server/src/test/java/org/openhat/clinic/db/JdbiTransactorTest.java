package org.openhat.clinic.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.testing.TestDatabase;

/** Reads borrow a connection of their own, except inside a transaction, where they join it as they always did. */
class JdbiTransactorTest {
    @TempDir
    Path dir;
    private TestDatabase db;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReadInsideATransactionSeesItsUncommittedWritesInsteadOfWaitingForItsLock(TestDatabase.Backend backend) {
        db = TestDatabase.create(backend, dir);
        Transactor transactor = db.transactor();
        Optional<StaffRow> seen = transactor.inTransaction(tx -> {
            long id = tx.dao(StaffDao.class).insert("nested.read", "Nested Read", null, "hash", null,
                    Instant.parse("2026-12-08T00:00:00Z"), null);
            return transactor.read(inner -> inner.dao(StaffDao.class).findById(id));
        });
        assertThat(seen).get().extracting(StaffRow::username).isEqualTo("nested.read");
    }
}
