package org.openhat.clinic.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.core.register.checkpoint.TrustedKey;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.testing.TestDatabase;

/**
 * Someone who can rewrite the database (triggers dropped) removes or replaces the newest entries
 * after the server sealed them, and removes or edits the checkpoint rows that would give them
 * away. The checkpoint file, kept outside the database, still names what was sealed.
 */
class SealedTamperEvidenceTest {
    @TempDir
    Path dir;

    static java.util.stream.Stream<TestDatabase.Backend> backends() {
        return TestDatabase.backends();
    }

    private SigningKey key;
    private CheckpointFile file;

    /** Ten entries, sealed by the server at entry 10. */
    private RegisterFixture sealedAtTen(TestDatabase.Backend backend) {
        RegisterFixture f = RegisterFixture.on(backend, dir);
        f.record(f.receipt(20, "B1"));
        for (int i = 0; i < 9; i++) {
            f.record(f.administration(1, 60, "B1"));
        }
        key = SigningKey.loadOrCreate(dir.resolve("key"));
        file = CheckpointFile.in(dir.resolve("checkpoints"));
        new CheckpointService(f.transactor(), key, verifier(f), f.clock, file).sealBySystem(f.ledger.id(), "test");
        return f;
    }

    private RegisterVerifier verifier(RegisterFixture f) {
        return new RegisterVerifier(f.transactor(), TrustedKey.publicKey(key.publicKeyBase64()), file);
    }


    @ParameterizedTest
    @MethodSource("backends")
    void verifiesASealedLedgerWhoseCheckpointFileAgrees(TestDatabase.Backend backend) {
        try (RegisterFixture f = sealedAtTen(backend)) {
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).as(result.describe()).isTrue();
            assertThat(result.sealedThrough()).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theNewestEntriesDeletedWithTheirCheckpointAreCaughtByTheCheckpointFile(TestDatabase.Backend backend) {
        try (RegisterFixture f = sealedAtTen(backend)) {
            f.dropAppendOnlyTriggers("register_entry", "register_checkpoint");
            f.jdbi().useHandle(h -> {
                h.execute("DELETE FROM register_entry WHERE seq >= 9");
                h.execute("DELETE FROM register_checkpoint");
            });
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(9);
            assertThat(result.problem()).contains("a signed checkpoint names entry 10, which is missing");
        }
    }

    /** The forger swaps the sealed last entry for one of their own with a hash that links correctly. */
    @ParameterizedTest
    @MethodSource("backends")
    void aForgedEntryWithACorrectHashInPlaceOfASealedOneIsCaught(TestDatabase.Backend backend) {
        try (RegisterFixture f = sealedAtTen(backend)) {
            RegisterEntry sealed = f.register.entry(f.ledger.id(), 10);
            f.dropAppendOnlyTriggers("register_entry", "register_checkpoint");
            RegisterEntry forged = forgedCopy(sealed, sealed.details().replace("dose_mg=60", "dose_mg=40"));
            f.jdbi().useHandle(h -> {
                h.execute("DELETE FROM register_entry WHERE seq = 10");
                h.execute("DELETE FROM register_checkpoint");
            });
            append(f, forged);
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(10);
            assertThat(result.problem()).contains("differs from signed checkpoint");
        }
    }

    /**
     * The forger appends an entry that links and adds up, dated back to before the server sealed
     * the ledger at entry 10: that checkpoint says the ledger then ended at entry 10.
     */
    @ParameterizedTest
    @MethodSource("backends")
    void aForgedEntryAppendedWithACorrectHashAndDatedBeforeTheSealIsCaught(TestDatabase.Backend backend) {
        try (RegisterFixture f = sealedAtTen(backend)) {
            RegisterEntry last = f.register.entry(f.ledger.id(), 10);
            Instant backdated = f.now().minus(Duration.ofHours(1));
            RegisterEntry unsigned = new RegisterEntry(last.ledgerId(), 11, last.kind(), backdated, backdated,
                    last.recordedBy(), last.secondStaffId(), -1, last.balance() - 1, last.batch(),
                    last.batchBalance() - 1, last.stationCode(), null, null, last.details(), last.hash(), null);
            append(f, unsigned.withHash(CanonicalEntry.hash(unsigned)));
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(11);
            assertThat(result.problem()).contains("sealed the ledger at an earlier entry, without it");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aCheckpointRowThatDisagreesWithTheFileIsCaught(TestDatabase.Backend backend) {
        try (RegisterFixture f = sealedAtTen(backend)) {
            f.dropAppendOnlyTriggers("register_entry", "register_checkpoint");
            // signed_by is not under the signature: the row still checks, only the file shows the edit
            f.jdbi().useHandle(h -> h.execute("UPDATE register_checkpoint SET signed_by = ?", f.pharmacist));
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(10);
            assertThat(result.problem()).contains("differs from its line in the checkpoint file");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aCheckpointMissingFromTheFileIsCaught(TestDatabase.Backend backend) throws IOException {
        try (RegisterFixture f = sealedAtTen(backend)) {
            Files.writeString(file.path(), "");
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).contains("is in the database but not in the checkpoint file");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aCheckpointMissingFromTheDatabaseIsCaught(TestDatabase.Backend backend) {
        try (RegisterFixture f = sealedAtTen(backend)) {
            f.dropAppendOnlyTriggers("register_entry", "register_checkpoint");
            f.jdbi().useHandle(h -> h.execute("DELETE FROM register_checkpoint"));
            VerifyResult result = verifier(f).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(10);
            assertThat(result.problem()).contains("in the checkpoint file").contains("is not in the database");
        }
    }

    /** An inspector's copy of the file still catches what was cut from the clinic's own copy. */
    @ParameterizedTest
    @MethodSource("backends")
    void anInspectorsCopyOfTheFileCatchesWhatTheClinicsCopyNoLongerShows(TestDatabase.Backend backend)
            throws IOException {
        try (RegisterFixture f = sealedAtTen(backend)) {
            Path inspectorsCopy = Files.copy(file.path(), dir.resolve("inspectors-copy.jsonl"));
            f.dropAppendOnlyTriggers("register_entry", "register_checkpoint");
            f.jdbi().useHandle(h -> {
                h.execute("DELETE FROM register_entry WHERE seq >= 9");
                h.execute("DELETE FROM register_checkpoint");
            });
            Files.writeString(file.path(), "");
            assertThat(verifier(f).verify(f.ledger.id()).intact()).as("the clinic's files were both cut").isTrue();
            VerifyResult result = new RegisterVerifier(f.transactor(), TrustedKey.publicKey(key.publicKeyBase64()),
                    new CheckpointFile(inspectorsCopy)).verify(f.ledger.id());
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).contains("a signed checkpoint names entry 10, which is missing");
        }
    }

    private static RegisterEntry forgedCopy(RegisterEntry e, String details) {
        RegisterEntry unsigned = new RegisterEntry(e.ledgerId(), e.seq(), e.kind(), e.occurredAt(), e.recordedAt(),
                e.recordedBy(), e.secondStaffId(), e.ampoules(), e.balance(), e.batch(), e.batchBalance(),
                e.stationCode(), e.safeRequestRef(), e.correctsSeq(), details, e.prevHash(), null);
        return unsigned.withHash(CanonicalEntry.hash(unsigned));
    }

    private static void append(RegisterFixture f, RegisterEntry e) {
        f.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO register_entry (ledger_id, seq, kind, occurred_at, recorded_at, recorded_by,
                        second_staff_id, ampoules, balance, batch, batch_balance, station_code, safe_request_ref,
                        corrects_seq, details, prev_hash, hash)
                        VALUES (:ledgerId, :seq, :kind, :occurredAt, :recordedAt, :recordedBy, :secondStaffId, :ampoules,
                        :balance, :batch, :batchBalance, :stationCode, :safeRequestRef, :correctsSeq, :details,
                        :prevHash, :hash)""")
                .bind("ledgerId", e.ledgerId()).bind("seq", e.seq()).bind("kind", e.kind().name())
                .bind("occurredAt", e.occurredAt().toEpochMilli()).bind("recordedAt", e.recordedAt().toEpochMilli())
                .bind("recordedBy", e.recordedBy()).bind("secondStaffId", e.secondStaffId())
                .bind("ampoules", e.ampoules()).bind("balance", e.balance()).bind("batch", e.batch())
                .bind("batchBalance", e.batchBalance()).bind("stationCode", e.stationCode())
                .bind("safeRequestRef", e.safeRequestRef()).bind("correctsSeq", e.correctsSeq())
                .bind("details", e.details()).bind("prevHash", e.prevHash()).bind("hash", e.hash())
                .execute());
    }
}
