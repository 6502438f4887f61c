package org.openhat.clinic.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.DiskFullException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.testing.TestDatabase;

/** The database faults that are the request's or the machine's become the clinic's own exceptions, on both databases. */
class DatabaseFaultsTest {
    @TempDir
    Path dir;

    static Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReferenceToARowThatDoesNotExistIsARefusalNotAServerError(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            assertThatThrownBy(() -> db.transactor().inTransaction(tx -> {
                tx.dao(SessionOutcomeDao.class).insert(987_654, LocalDate.of(2026, 12, 7), "AM", "WITHHELD",
                        "a reason nobody else writes", Instant.EPOCH, null);
                return null;
            })).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.reason()).isEqualTo("refers to a record that does not exist");
                assertThat(e.getMessage()).doesNotContain("a reason nobody else writes").doesNotContainIgnoringCase("insert");
                if (backend == TestDatabase.Backend.POSTGRESQL) {
                    assertThat(e.field()).isEqualTo("patientId");
                }
            });
        }
    }

    @Test
    void postgresqlDiskFullMapsLikeSqlitesFull() {
        RuntimeException failed = new RuntimeException(new SQLException("could not extend file: No space left on device",
                "53100"));

        assertThat(DatabaseFaults.translate(failed)).isInstanceOf(DiskFullException.class)
                .hasMessage("the server's disk is full: nothing was recorded");
    }

    @Test
    void otherDatabaseErrorsAreLeftForTheUnexpectedErrorMapper() {
        RuntimeException failed = new RuntimeException(new SQLException("deadlock detected", "40P01"));

        assertThat(DatabaseFaults.translate(failed)).isSameAs(failed);
    }
}
