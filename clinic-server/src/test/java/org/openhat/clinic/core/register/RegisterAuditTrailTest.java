package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.service.audit.AuditTrail;
import org.openhat.clinic.testing.TestDatabase;

/** Register entries are their own audit lines: the audit trail reads them from the register, in time order. */
class RegisterAuditTrailTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyEntryShowsInTheTrailAsMadeByItsRecorderInTimeOrder(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            f.clock.advance(Duration.ofMinutes(1));
            RegisterEntry receipt = f.record(f.receipt(20, "B1"));
            f.clock.advance(Duration.ofMinutes(1));
            RegisterEntry given = f.record(f.administration(1, 80, "B1"));
            AuditTrail trail = new AuditTrail(f.transactor());

            List<AuditEvent> latest = trail.latest(3);

            assertThat(latest).hasSize(3);
            assertThat(latest.get(0)).isEqualTo(new AuditEvent(given.recordedAt(), given.recordedBy(),
                    AuditAction.REGISTER_ENTRY_MADE, "register_entry", f.ledger.id() + "/" + given.seq(),
                    "ADMINISTRATION -1 ampoules"));
            assertThat(latest.get(1).recordId()).isEqualTo(f.ledger.id() + "/" + receipt.seq());
            assertThat(latest.get(1).staffId()).isEqualTo(receipt.recordedBy());
            assertThat(latest.get(2).action()).isEqualTo(AuditAction.REGISTER_LEDGER_OPENED);
            assertThat(trail.latest(1)).containsExactly(latest.get(0));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void oneEntryCanBeLookedUpByLedgerAndLine(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            RegisterEntry receipt = f.record(f.receipt(20, "B1"));
            AuditTrail trail = new AuditTrail(f.transactor());

            assertThat(trail.forRecord("register_entry", f.ledger.id() + "/" + receipt.seq()))
                    .extracting(AuditEvent::action, AuditEvent::staffId, AuditEvent::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.REGISTER_ENTRY_MADE,
                            receipt.recordedBy(), "RECEIPT 20 ampoules"));
            assertThat(trail.forRecord("register_entry", f.ledger.id() + "/99")).isEmpty();
            assertThat(trail.forRecord("register_entry", "not-a-line")).isEmpty();
        }
    }
}
