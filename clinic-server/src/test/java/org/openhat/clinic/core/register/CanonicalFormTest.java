package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.testing.TestDatabase;

/** Verify hashes the canonical form the database renders; it must be byte for byte the one the writer hashed. */
class CanonicalFormTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void databaseRendersTheSameCanonicalBytesAsTheWriterForEveryKind(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            String awkward = "B\\7\nx\r'é";
            f.record(new Receipt(f.now(), "Smith & Sons \\ \"Ltd\"", "1 Line\nTwo", 10, "INV=1", awkward,
                    LocalDate.of(2028, 1, 1), f.secondNurse, "KIOSK\\1", "REQ\n9"));
            RegisterEntry given = f.record(new Administration(f.now(), 3, "Zoë O'Neill", "addr", 1, "Dr P", 1, 60,
                    awkward, f.secondNurse, null, null, null));
            f.record(f.remainderOf(given.seq(), 40, awkward));
            f.record(f.destruction(1, awkward));
            f.record(f.stockReturn(1, awkward));
            f.record(f.count(7, null));
            f.record(f.correction(1, 0, null));
            List<ChainLink> links = f.transactor().inTransaction(tx -> {
                try (var chain = tx.dao(RegisterDao.class).chain(f.ledger.id())) {
                    return chain.toList();
                }
            });
            assertThat(links).hasSize(7);
            for (ChainLink link : links) {
                RegisterEntry entry = f.register.entry(f.ledger.id(), link.seq());
                assertThat(new String(link.canonical(), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(new String(CanonicalEntry.bytes(entry), java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(new RegisterVerifier(f.transactor(), null).verify(f.ledger.id()).intact()).isTrue();
        }
    }
}
