package org.openhat.clinic.db.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.db.DatabaseFaults;
import org.openhat.clinic.core.DiskFullException;
import org.openhat.clinic.testing.TestDatabase;

/**
 * A compiled DAO answers exactly as the same interface attached by JDBI does, on SQLite and on
 * PostgreSQL: every value type the clinic stores, nulls, every result shape, update counts,
 * INSERT ... RETURNING, a default method, and a method left to JDBI.
 */
class CompiledDaoTest {
    public enum Kind { RECEIPT, ADMINISTRATION }

    public record Sample(long id, String name, Instant at, LocalDate day, boolean flag, Integer count, Long amount,
                  Kind kind, byte[] blob) {
    }

    @RegisterConstructorMapper(Sample.class)
    public interface SampleDao {
        @SqlUpdate("""
                CREATE TABLE sample_row (id BIGINT PRIMARY KEY, name TEXT NOT NULL, at_ms BIGINT, day TEXT,
                    flag BOOLEAN NOT NULL, count INTEGER, amount BIGINT, kind TEXT, blob BYTEA)""")
        void createTable();

        @SqlQuery("""
                INSERT INTO sample_row (id, name, at_ms, day, flag, count, amount, kind, blob)
                VALUES (:id, :name, :at, :day, :flag, :count, :amount, :kind, :blob) RETURNING id""")
        long insert(long id, String name, Instant at, LocalDate day, boolean flag, Integer count, Long amount,
                    Kind kind, byte[] blob);

        @SqlQuery("SELECT id, name, at_ms AS at, day, flag, count, amount, kind, blob FROM sample_row WHERE id = :id")
        Optional<Sample> find(long id);

        @SqlQuery("SELECT id, name, at_ms AS at, day, flag, count, amount, kind, blob FROM sample_row ORDER BY id")
        List<Sample> all();

        @SqlQuery("SELECT MAX(at_ms) FROM sample_row WHERE name = :name")
        Optional<Instant> latest(String name);

        @SqlQuery("SELECT amount FROM sample_row WHERE id = :id")
        Optional<Long> amountOf(long id);

        @SqlQuery("SELECT COUNT(*) FROM sample_row WHERE name <> 'it''s :not a parameter' AND flag = :flag")
        long countFlagged(boolean flag);

        @SqlQuery("SELECT name FROM sample_row ORDER BY name")
        List<String> names();

        @SqlUpdate("UPDATE sample_row SET amount = :amount WHERE name = :name")
        int setAmount(String name, Long amount);

        @SqlQuery("SELECT name FROM sample_row WHERE id IN (<ids>) ORDER BY id")
        List<String> namesOf(@BindList("ids") List<Long> ids);

        @SqlQuery("SELECT id, name, at_ms AS at, day, flag, count, amount, kind, blob FROM sample_row WHERE id = :id")
        @RegisterConstructorMapper(Sample.class)
        Optional<Sample> findThroughJdbi(long id);

        default String describe(long id) {
            return find(id).map(s -> s.name() + " x" + s.count()).orElse("none");
        }
    }

    private static final Instant AT = Instant.parse("2026-03-29T00:59:59.123Z");

    @TempDir
    Path dir;
    private TestDatabase db;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private <T> T both(TestDatabase.Backend backend, java.util.function.BiFunction<SampleDao, SampleDao, T> work) {
        db = TestDatabase.create(backend, dir);
        return db.jdbi().withHandle(handle -> {
            Connection physical = KeptStatements.physical(handle.getConnection());
            SampleDao compiled = CompiledDao.of(SampleDao.class).on(physical, () -> handle.attach(SampleDao.class));
            SampleDao jdbi = handle.attach(SampleDao.class);
            jdbi.createTable();
            return work.apply(compiled, jdbi);
        });
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyStoredTypeReadsBackAsJdbiReadsIt(TestDatabase.Backend backend) {
        both(backend, (compiled, jdbi) -> {
            assertThat(compiled.insert(1, "ampoule", AT, LocalDate.of(2026, 10, 25), true, 3, 30_000L,
                    Kind.ADMINISTRATION, new byte[] {1, 2, 3})).isEqualTo(1);
            jdbi.insert(2, "empty", null, null, false, null, null, null, null);
            for (long id : new long[] {1, 2}) {
                assertThat(compiled.find(id)).get().usingRecursiveComparison().isEqualTo(jdbi.find(id).orElseThrow());
            }
            Sample first = compiled.find(1).orElseThrow();
            assertThat(first.at()).isEqualTo(AT);
            assertThat(first.day()).isEqualTo(LocalDate.of(2026, 10, 25));
            assertThat(first.kind()).isEqualTo(Kind.ADMINISTRATION);
            assertThat(first.blob()).containsExactly(1, 2, 3);
            Sample empty = compiled.find(2).orElseThrow();
            assertThat(empty.at()).isNull();
            assertThat(empty.count()).isNull();
            assertThat(empty.amount()).isNull();
            assertThat(empty.flag()).isFalse();
            assertThat(compiled.all()).usingRecursiveFieldByFieldElementComparator().isEqualTo(jdbi.all());
            assertThat(compiled.findThroughJdbi(1)).get().usingRecursiveComparison().isEqualTo(first);
            return null;
        });
    }

    @ParameterizedTest
    @MethodSource("backends")
    void resultShapesMatchJdbiIncludingNoRowAndANullValue(TestDatabase.Backend backend) {
        both(backend, (compiled, jdbi) -> {
            assertThat(compiled.find(9)).isEmpty();
            assertThat(compiled.latest("nobody")).isEmpty().isEqualTo(jdbi.latest("nobody"));
            assertThat(compiled.all()).isEmpty();
            compiled.insert(1, "b", AT, null, true, null, null, null, null);
            compiled.insert(2, "a", AT.plusSeconds(60), null, false, null, 5L, Kind.RECEIPT, null);
            assertThat(compiled.latest("b")).contains(AT).isEqualTo(jdbi.latest("b"));
            assertThat(compiled.amountOf(1)).isEmpty().isEqualTo(jdbi.amountOf(1));
            assertThat(compiled.amountOf(2)).contains(5L).isEqualTo(jdbi.amountOf(2));
            assertThat(compiled.countFlagged(true)).isEqualTo(1).isEqualTo(jdbi.countFlagged(true));
            assertThat(compiled.names()).containsExactly("a", "b").isEqualTo(jdbi.names());
            assertThat(compiled.setAmount("a", null)).isEqualTo(1);
            assertThat(compiled.setAmount("nobody", 1L)).isZero();
            assertThat(compiled.amountOf(2)).isEmpty();
            assertThat(compiled.describe(1)).isEqualTo("b xnull");
            assertThat(compiled.namesOf(List.of(2L, 1L))).containsExactly("b", "a").isEqualTo(jdbi.namesOf(List.of(2L, 1L)));
            assertThat(compiled.namesOf(List.of(1L))).containsExactly("b");
            List<Long> many = java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList();
            assertThat(compiled.namesOf(many)).containsExactly("b", "a");
            assertThatThrownBy(() -> compiled.namesOf(List.of())).isInstanceOf(IllegalArgumentException.class);
            return null;
        });
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aRefusedStatementNamesTheMethodNotItsSqlOrValuesAndKeepsTheDriversCause(TestDatabase.Backend backend) {
        both(backend, (compiled, jdbi) -> {
            assertThatThrownBy(() -> compiled.insert(1, null, AT, null, true, null, null, null, null))
                    .isInstanceOf(StatementFailedException.class)
                    .hasMessage("SampleDao.insert failed")
                    .hasCauseInstanceOf(SQLException.class);
            compiled.insert(1, "secret-name", AT, null, true, null, null, null, null);
            Throwable duplicate = org.assertj.core.api.Assertions.catchThrowable(
                    () -> compiled.insert(1, "secret-name", AT, null, true, null, null, null, null));
            assertThat(duplicate.getMessage()).doesNotContain("secret-name").doesNotContain("INSERT");
            assertThat(DatabaseFaults.translate((RuntimeException) duplicate)).isNotInstanceOf(DiskFullException.class);
            return null;
        });
    }

    @org.junit.jupiter.api.Test
    void everySqlMethodOfTheDaoIsCompiled() {
        // every SQL method, the list bound into IN (...) too, but the one with a mapper of its own, which
        // JDBI runs; the default method is plain Java on the proxy
        assertThat(CompiledDao.of(SampleDao.class).compiledMethods()).isEqualTo(10);
    }
}
