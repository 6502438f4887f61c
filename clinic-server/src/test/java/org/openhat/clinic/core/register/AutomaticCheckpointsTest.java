package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.register.checkpoint.Checkpoint;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.CheckpointLine;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.core.register.checkpoint.TrustedKey;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.AutomaticCheckpoints;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.testing.TestDatabase;

/**
 * The server seals every ledger by itself: after each session window closes (clinic time,
 * Europe/London) and at least every {@code checkpointEvery}, and only when there is something new
 * to seal. The fixture's day is Monday 23 November 2026 (GMT): AM 08:00-11:00, PM 15:00-18:00.
 */
class AutomaticCheckpointsTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    private SigningKey key;
    private CheckpointFile file;

    private AutomaticCheckpoints sealing(RegisterFixture f, Duration every) {
        key = SigningKey.loadOrCreate(dir.resolve("key"));
        file = CheckpointFile.in(dir.resolve("checkpoints"));
        RegisterVerifier verifier = new RegisterVerifier(f.transactor(), TrustedKey.publicKey(key.publicKeyBase64()), file);
        CheckpointService checkpoints = new CheckpointService(f.transactor(), key, verifier, f.clock, file);
        return new AutomaticCheckpoints(f.transactor(), checkpoints, ClinicCalendar.defaults(), every, f.clock);
    }

    private static List<Checkpoint> checkpoints(RegisterFixture f) {
        return f.jdbi().withExtension(CheckpointDao.class, d -> d.forLedger(f.ledger.id()));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void sealsEachLedgerOnceItsSessionHasClosed(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            AutomaticCheckpoints sealing = sealing(f, Duration.ofHours(24));
            f.record(f.receipt(10, "B1"));
            f.record(f.administration(1, 100, "B1"));
            f.clock.set(Instant.parse("2026-11-23T10:59:59Z"));
            assertThat(sealing.sealDue()).as("the AM session is still open").isZero();

            f.clock.set(Instant.parse("2026-11-23T11:00:00Z"));
            assertThat(sealing.sealDue()).isEqualTo(1);
            assertThat(checkpoints(f)).singleElement().satisfies(c -> {
                assertThat(c.seq()).isEqualTo(2);
                assertThat(c.headHash()).isEqualTo(f.register.entry(f.ledger.id(), 2).hash());
                assertThat(c.signedAt()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
            });
            assertThat(new RegisterVerifier(f.transactor(), TrustedKey.publicKey(key.publicKeyBase64()), file)
                    .verify(f.ledger.id()).sealedThrough()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void skipsALedgerWithNothingNewSinceItsLastCheckpoint(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            AutomaticCheckpoints sealing = sealing(f, Duration.ofHours(24));
            f.record(f.receipt(10, "B1"));
            f.clock.set(Instant.parse("2026-11-23T11:00:00Z"));
            assertThat(sealing.sealDue()).isEqualTo(1);
            f.clock.set(Instant.parse("2026-11-23T18:00:00Z"));
            assertThat(sealing.sealDue()).as("the PM session closed, but nothing was written since").isZero();
            f.clock.set(Instant.parse("2026-11-25T18:00:00Z"));
            assertThat(sealing.sealDue()).as("two days on, still nothing new").isZero();
            assertThat(checkpoints(f)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void sealsWhenTheConfiguredIntervalHasPassedBetweenSessions(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            AutomaticCheckpoints sealing = sealing(f, Duration.ofHours(1));
            f.record(f.receipt(10, "B1"));
            f.clock.set(Instant.parse("2026-11-23T11:00:00Z"));
            assertThat(sealing.sealDue()).isEqualTo(1);
            f.clock.set(Instant.parse("2026-11-23T11:30:00Z"));
            f.record(f.count(10, null));
            f.clock.set(Instant.parse("2026-11-23T11:59:59Z"));
            assertThat(sealing.sealDue()).as("no session closed and the hour is not up").isZero();
            f.clock.set(Instant.parse("2026-11-23T12:00:00Z"));
            assertThat(sealing.sealDue()).isEqualTo(1);
            assertThat(checkpoints(f)).extracting(Checkpoint::seq).containsExactly(1L, 2L);
        }
    }

    /** A sweep that runs late, or after a restart, still seals for the session that closed meanwhile. */
    @ParameterizedTest
    @MethodSource("backends")
    void aLateSweepStillSealsForTheSessionThatClosed(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            AutomaticCheckpoints sealing = sealing(f, Duration.ofDays(7));
            f.record(f.receipt(10, "B1"));
            f.clock.set(Instant.parse("2026-11-23T14:00:00Z"));
            assertThat(sealing.sealDue()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anAutomaticCheckpointIsTheServersNoStaffMembersAndIsAudited(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            AutomaticCheckpoints sealing = sealing(f, Duration.ofHours(24));
            f.record(f.receipt(10, "B1"));
            f.clock.set(Instant.parse("2026-11-23T11:00:00Z"));
            sealing.sealDue();
            Checkpoint sealed = checkpoints(f).get(0);
            assertThat(sealed.signedBy()).as("no member of staff signed it").isNull();
            List<AuditEvent> audit = f.jdbi().withExtension(AuditDao.class,
                    d -> d.forRecord("register_checkpoint", String.valueOf(sealed.id())));
            assertThat(audit).singleElement().satisfies(line -> {
                assertThat(line.staffId()).isNull();
                assertThat(line.detail()).contains("entry 1").contains("session AM of 2026-11-23 closed");
            });
        }
    }

    /** The server never puts the clinic's signature on a ledger that already does not verify. */
    @ParameterizedTest
    @MethodSource("backends")
    void leavesALedgerThatDoesNotVerifyUnsealed(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            AutomaticCheckpoints sealing = sealing(f, Duration.ofHours(24));
            f.record(f.receipt(10, "B1"));
            f.record(f.administration(1, 60, "B1"));
            f.jdbi().useHandle(h -> {
                h.execute(f.backend == TestDatabase.Backend.SQLITE ? "DROP TRIGGER trg_register_entry_no_update"
                        : "DROP TRIGGER trg_register_entry_append_only ON register_entry");
                h.execute("UPDATE register_entry SET details = REPLACE(details, 'dose_mg=60', 'dose_mg=30') WHERE seq = 2");
            });
            f.clock.set(Instant.parse("2026-11-23T11:00:00Z"));
            assertThat(sealing.sealDue()).isZero();
            assertThat(checkpoints(f)).isEmpty();
            assertThat(file.read().lines()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyCheckpointIsALineOfTheCheckpointFile(TestDatabase.Backend backend) {
        try (RegisterFixture f = RegisterFixture.on(backend, dir)) {
            AutomaticCheckpoints sealing = sealing(f, Duration.ofHours(24));
            f.record(f.receipt(10, "B1"));
            f.clock.set(Instant.parse("2026-11-23T11:00:00Z"));
            sealing.sealDue();
            CheckpointService service = new CheckpointService(f.transactor(), key,
                    new RegisterVerifier(f.transactor(), key.publicKeyBase64()), f.clock, file);
            service.sign(f.ledger.id(), f.pharmacist);
            List<CheckpointLine> lines = file.read().lines();
            List<Checkpoint> stored = checkpoints(f);
            assertThat(lines).hasSize(2);
            for (int i = 0; i < 2; i++) {
                assertThat(lines.get(i)).isEqualTo(CheckpointLine.of(f.ledger, stored.get(i)));
                assertThat(lines.get(i).fingerprint()).isEqualTo(key.fingerprint());
            }
            assertThat(lines.get(0).signedBy()).isNull();
            assertThat(lines.get(1).signedBy()).isEqualTo(f.pharmacist);
        }
    }
}
