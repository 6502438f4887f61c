package org.openhat.clinic.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.testing.TestDatabase;

/** The patient DAO against the real changelog, on SQLite and on PostgreSQL. */
class PatientDaoTest {
    private static final Instant AT = Instant.parse("2026-03-29T00:30:00.123Z");

    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    private long staffIn(TestDatabase db) {
        return db.jdbi().withExtension(StaffDao.class,
                staff -> staff.insert("nurse.x", "Nurse X", null, "hash", null, AT, null));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void storesAndReadsBackAPatientExactly(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            long by = staffIn(db);
            PatientDao patients = db.jdbi().onDemand(PatientDao.class);
            long id = patients.insert("9434765919", "Daniel", "Hughes", LocalDate.of(1979, 3, 14), "12 Linthorpe Road",
                    "TS1 3QY", "ACTIVE", AT, by);

            PatientRow row = patients.findById(id).orElseThrow();

            assertThat(row.nhsNumber()).isEqualTo("9434765919");
            assertThat(row.dateOfBirth()).isEqualTo(LocalDate.of(1979, 3, 14));
            assertThat(row.createdAt()).isEqualTo(AT);
            assertThat(row.hasPhoto()).isFalse();
            assertThat(patients.findByNhsNumber("9434765919")).contains(row);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void listsByStatusOrAll(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            long by = staffIn(db);
            PatientDao patients = db.jdbi().onDemand(PatientDao.class);
            patients.insert("9434765919", "A", "Able", LocalDate.of(1980, 1, 1), "x", "TS1 3QY", "ACTIVE", AT, by);
            patients.insert("4010232137", "B", "Baker", LocalDate.of(1981, 1, 1), "x", "TS1 3QY", "REFERRED", AT, by);

            assertThat(patients.list(null)).extracting(PatientRow::familyName).containsExactly("Able", "Baker");
            assertThat(patients.list("REFERRED")).extracting(PatientRow::familyName).containsExactly("Baker");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void refusesASecondPatientWithTheSameNhsNumber(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            long by = staffIn(db);
            PatientDao patients = db.jdbi().onDemand(PatientDao.class);
            patients.insert("9434765919", "A", "Able", LocalDate.of(1980, 1, 1), "x", "TS1 3QY", "ACTIVE", AT, by);

            assertThatThrownBy(() -> patients.insert("9434765919", "B", "Baker", LocalDate.of(1981, 1, 1), "x",
                    "TS1 3QY", "ACTIVE", AT, by)).isInstanceOf(UnableToExecuteStatementException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void refusesAPatientCreatedBySomeoneWhoIsNotStaff(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            PatientDao patients = db.jdbi().onDemand(PatientDao.class);

            assertThatThrownBy(() -> patients.insert("9434765919", "A", "Able", LocalDate.of(1980, 1, 1), "x",
                    "TS1 3QY", "ACTIVE", AT, 999)).isInstanceOf(UnableToExecuteStatementException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void keepsAPhotoApartAndReportsIt(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            long by = staffIn(db);
            PatientDao patients = db.jdbi().onDemand(PatientDao.class);
            long id = patients.insert("9434765919", "A", "Able", LocalDate.of(1980, 1, 1), "x", "TS1 3QY", "ACTIVE", AT, by);
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};

            patients.insertPhoto(id, "image/png", png, AT, by);

            assertThat(patients.findById(id).orElseThrow().hasPhoto()).isTrue();
            assertThat(patients.photoContent(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
        }
    }
}
