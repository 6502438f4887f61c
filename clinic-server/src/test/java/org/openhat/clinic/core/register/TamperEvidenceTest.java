package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.testing.TestDatabase;

/**
 * Someone with the database's owner rights drops the triggers and edits rows directly; verify
 * names the first entry that no longer matches.
 */
class TamperEvidenceTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    private RegisterFixture tenEntries(TestDatabase.Backend backend) {
        RegisterFixture f = RegisterFixture.on(backend, dir);
        f.record(f.receipt(20, "B1"));
        for (int i = 0; i < 9; i++) {
            f.record(f.administration(1, 60, "B1"));
        }
        return f;
    }

    /** Trusts the clinic's key, the one the checkpoints here are signed with. */
    private RegisterVerifier verifier(RegisterFixture f) {
        return new RegisterVerifier(f.transactor(), SigningKey.loadOrCreate(dir.resolve("key")).publicKeyBase64());
    }


    @ParameterizedTest
    @MethodSource("backends")
    void verifiesAnUntouchedLedger(TestDatabase.Backend backend) {
        try (RegisterFixture f = tenEntries(backend)) {
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(10);
            assertThat(result.headHash()).isEqualTo(f.register.entry(f.ledger.id(), 10).hash());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void namesTheEntryWhosePatientNameWasEditedBehindTheTriggers(TestDatabase.Backend backend) {
        try (RegisterFixture f = tenEntries(backend)) {
            f.dropAppendOnlyTriggers("register_entry");
            f.jdbi().useHandle(h -> h.execute(
                    "UPDATE register_entry SET details = REPLACE(details, 'O''Neill', 'Smith') WHERE seq = 6"));
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(6);
            assertThat(result.problem()).contains("content does not match its hash");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void namesTheEntryWhoseQuantityAndHashWereBothRewritten(TestDatabase.Backend backend) {
        try (RegisterFixture f = tenEntries(backend)) {
            f.dropAppendOnlyTriggers("register_entry");
            RegisterEntry original = f.register.entry(f.ledger.id(), 4);
            RegisterEntry forged = new RegisterEntry(original.ledgerId(), 4, original.kind(), original.occurredAt(),
                    original.recordedAt(), original.recordedBy(), original.secondStaffId(), -1, original.balance(),
                    original.batch(), original.batchBalance(), original.stationCode(), original.safeRequestRef(),
                    original.correctsSeq(), original.details().replace("dose_mg=60", "dose_mg=90"),
                    original.prevHash(), null);
            String forgedHash = CanonicalEntry.hash(forged);
            f.jdbi().useHandle(h -> h.createUpdate("UPDATE register_entry SET details = :d, hash = :h WHERE seq = 4")
                    .bind("d", forged.details()).bind("h", forgedHash).execute());
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.firstBadSeq()).isEqualTo(4);
            assertThat(result.problem()).contains("not the one entry 5 was chained to");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void namesTheMissingEntryWhenOneIsDeleted(TestDatabase.Backend backend) {
        try (RegisterFixture f = tenEntries(backend)) {
            f.dropAppendOnlyTriggers("register_entry");
            f.jdbi().useHandle(h -> h.execute("DELETE FROM register_entry WHERE seq = 7"));
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.firstBadSeq()).isEqualTo(7);
            assertThat(result.problem()).contains("entry 7 is missing");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void signedCheckpointCatchesAChainRewrittenFromTheEditOnwards(TestDatabase.Backend backend) {
        try (RegisterFixture f = tenEntries(backend)) {
            new CheckpointService(f.transactor(), SigningKey.loadOrCreate(dir.resolve("key")), verifier(f), f.clock)
                    .sign(f.ledger.id(), f.pharmacist);
            f.dropAppendOnlyTriggers("register_entry");
            rewriteChainFrom(f, 3, "dose_mg=60", "dose_mg=61");
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(10);
            assertThat(result.problem()).contains("differs from signed checkpoint");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void removingTheLastEntriesIsCaughtByTheCheckpointThatSealedThem(TestDatabase.Backend backend) {
        try (RegisterFixture f = tenEntries(backend)) {
            new CheckpointService(f.transactor(), SigningKey.loadOrCreate(dir.resolve("key")), verifier(f), f.clock)
                    .sign(f.ledger.id(), f.pharmacist);
            f.dropAppendOnlyTriggers("register_entry");
            f.jdbi().useHandle(h -> h.execute("DELETE FROM register_entry WHERE seq >= 9"));
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(9);
            assertThat(result.problem()).contains("a signed checkpoint names entry 10, which is missing");
        }
    }

    /** What a careful forger does: edit one entry, then recompute every hash after it so the chain links again. */
    private static void rewriteChainFrom(RegisterFixture f, long seq, String from, String to) {
        String prev = f.register.entry(f.ledger.id(), seq - 1).hash();
        for (long s = seq; s <= 10; s++) {
            RegisterEntry e = f.register.entry(f.ledger.id(), s);
            RegisterEntry forged = new RegisterEntry(e.ledgerId(), s, e.kind(), e.occurredAt(), e.recordedAt(),
                    e.recordedBy(), e.secondStaffId(), e.ampoules(), e.balance(), e.batch(), e.batchBalance(),
                    e.stationCode(), e.safeRequestRef(), e.correctsSeq(), e.details().replace(from, to), prev, null);
            String hash = CanonicalEntry.hash(forged);
            long at = s;
            String link = prev;
            f.jdbi().useHandle(h -> h.createUpdate(
                            "UPDATE register_entry SET details = :d, prev_hash = :p, hash = :h WHERE seq = :s")
                    .bind("d", forged.details()).bind("p", link).bind("h", hash).bind("s", at).execute());
            prev = hash;
        }
    }
}
