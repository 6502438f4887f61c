package org.openhat.clinic.service.register;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.register.CanonicalEntry;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.core.register.checkpoint.Checkpoint;
import org.openhat.clinic.core.register.checkpoint.CheckpointComparison;
import org.openhat.clinic.core.register.checkpoint.CheckpointExport;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.CheckpointLine;
import org.openhat.clinic.core.register.checkpoint.TrustedKey;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.db.LedgerChainReader;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.db.Transactor;

/**
 * Walks a ledger from its first entry and names the first one that does not match. Signed
 * checkpoints are accepted only from the trusted key, and when a checkpoint file is given, the
 * database's checkpoints must agree with it line for line.
 */
public class RegisterVerifier {
    /**
     * An entry takes its recording time before its transaction waits for the ledger, so one that
     * commits just after a checkpoint may carry a time a little before it (SQLite's busy timeout
     * is 10 s). An entry after a checkpoint recorded more than this before it was not there when
     * the checkpoint sealed the ledger: it was put in afterwards, dated back.
     */
    static final Duration RECORDING_GRACE = Duration.ofMinutes(5);

    private final Transactor transactor;
    private final TrustedKey trusted;
    private final CheckpointFile file;

    /**
     * Trusts checkpoints signed by {@code clinicPublicKey} (base64); null trusts none, so a ledger
     * with any checkpoint does not verify. Compares no checkpoint file.
     */
    public RegisterVerifier(Transactor transactor, String clinicPublicKey) {
        this(transactor, clinicPublicKey == null ? TrustedKey.none() : TrustedKey.publicKey(clinicPublicKey), null);
    }

    /** {@code file} null compares the database's checkpoints with no file. */
    public RegisterVerifier(Transactor transactor, TrustedKey trusted, CheckpointFile file) {
        this.transactor = transactor;
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.file = file;
    }

    /** The same verifier trusting another key (an inspector's pinned fingerprint, say). */
    public RegisterVerifier trusting(TrustedKey key) {
        return new RegisterVerifier(transactor, key, file);
    }

    /**
     * Every ledger, in one snapshot: the list of ledgers, their checkpoints and every entry are
     * the database at one moment, and no write lock is held, so kiosks go on recording doses
     * while the walk runs (entries they add are for the next verify).
     */
    public List<VerifyResult> verifyAll() {
        CheckpointFile.Contents contents = file == null ? null : file.read();
        List<VerifyResult> results = new ArrayList<>(transactor.readSnapshot(tx -> {
            List<Long> ids = tx.dao(RegisterDao.class).ledgers().stream().map(Ledger::id).toList();
            return ids.stream().map(id -> walk(tx, id, contents)).toList();
        }));
        if (contents != null) {
            // a ledger gone from the database leaves its checkpoints in the file
            Set<Long> known = results.stream().map(VerifyResult::ledgerId).collect(Collectors.toSet());
            contents.lines().stream().map(CheckpointLine::ledger).filter(id -> !known.contains(id)).distinct()
                    .forEach(id -> results.add(VerifyResult.broken(id, 0, 0, 1, "ledger " + id
                            + " has checkpoints in the checkpoint file " + file.path() + " but is not in the database")));
        }
        return results;
    }

    /** One ledger, in one snapshot that holds no write lock (see {@link #verifyAll()}). */
    public VerifyResult verify(long ledgerId) {
        CheckpointFile.Contents contents = file == null ? null : file.read();
        return transactor.readSnapshot(tx -> walk(tx, ledgerId, contents));
    }

    private VerifyResult walk(Transactor.Tx tx, long ledgerId, CheckpointFile.Contents contents) {
        RegisterDao register = tx.dao(RegisterDao.class);
        Ledger ledger = register.ledger(ledgerId).orElseThrow(() -> new NotFoundException("ledger", ledgerId));
        List<Checkpoint> stored = tx.dao(CheckpointDao.class).forLedger(ledgerId);
        CheckpointComparison seals = contents == null ? CheckpointComparison.databaseOnly(stored)
                : CheckpointComparison.of(ledger, stored, contents, file.path().toString());
        TreeMap<Long, List<Checkpoint>> checkpoints = seals.checkpoints().stream()
                .collect(Collectors.groupingBy(Checkpoint::seq, TreeMap::new, Collectors.toList()));
        Walk walk = new Walk(ledgerId);
        String problem;
        try (CheckingThread checking = new CheckingThread(entry -> {
            String found = walk.step(entry);
            return found != null ? found
                    : checkCheckpoints(ledger, entry, checkpoints.getOrDefault(entry.seq(), List.of()), walk);
        })) {
            tx.dao(LedgerChainReader.class).walk(ledgerId, checking::offer);
            problem = checking.finish();
        }
        if (problem != null) {
            return VerifyResult.broken(ledgerId, walk.count, walk.checkpoints, walk.badSeq, problem);
        }
        Map.Entry<Long, List<Checkpoint>> beyond = checkpoints.higherEntry(walk.count);
        if (beyond != null) {
            String unaccepted = unaccepted(ledger, beyond.getValue());
            return VerifyResult.broken(ledgerId, walk.count, walk.checkpoints, walk.count + 1, unaccepted != null
                    ? unaccepted : "a signed checkpoint names entry " + beyond.getKey() + ", which is missing");
        }
        if (seals.first() != null) {
            return VerifyResult.broken(ledgerId, walk.count, walk.checkpoints, seals.first().seq(),
                    seals.first().problem());
        }
        long sealedThrough = checkpoints.isEmpty() ? 0 : checkpoints.lastKey();
        return VerifyResult.intact(ledgerId, walk.count, walk.checkpoints, walk.prevHash, sealedThrough);
    }

    private String checkCheckpoints(Ledger ledger, RegisterEntry entry, List<Checkpoint> atSeq, Walk walk) {
        walk.checkpoints += atSeq.size();
        String unaccepted = unaccepted(ledger, atSeq);
        if (unaccepted != null) {
            return unaccepted;
        }
        for (Checkpoint checkpoint : atSeq) {
            if (!checkpoint.headHash().equals(entry.hash())) {
                return "differs from signed checkpoint " + checkpoint.id() + " of " + checkpoint.signedAt();
            }
            walk.sealed(checkpoint.signedAt());
        }
        return null;
    }

    /** Why one of these checkpoints cannot be taken as the clinic's word, or null if all can. */
    private String unaccepted(Ledger ledger, List<Checkpoint> checkpoints) {
        for (Checkpoint checkpoint : checkpoints) {
            String refusal = trusted.refusal(checkpoint.publicKey());
            if (refusal != null) {
                return "signed checkpoint " + checkpoint.id() + " is not accepted: " + refusal;
            }
            if (!CheckpointExport.of(ledger, checkpoint).signatureValid()) {
                return "signed checkpoint " + checkpoint.id() + " has a signature that does not match what it seals";
            }
        }
        return null;
    }

    /** The running state of a walk: what the next entry must link to and add up to. */
    private static final class Walk {
        private final long ledgerId;
        private final MessageDigest digest = CanonicalEntry.digest();
        private final Map<String, Long> batches = new HashMap<>();
        private long count;
        private long checkpoints;
        private long balance;
        private long badSeq;
        private String prevHash = LedgerHead.GENESIS;
        /** When the latest checkpoint so far was signed: every later entry must be recorded after it. */
        private Instant sealedAt;

        Walk(long ledgerId) {
            this.ledgerId = ledgerId;
        }

        void sealed(Instant at) {
            if (sealedAt == null || at.isAfter(sealedAt)) {
                sealedAt = at;
            }
        }

        /** Returns why the entry does not match, or null; on a mismatch {@code badSeq} names the entry at fault. */
        String step(RegisterEntry e) {
            badSeq = count + 1;
            if (e.seq() != count + 1 || e.ledgerId() != ledgerId) {
                return "entry " + (count + 1) + " is missing (found entry " + e.seq() + " next)";
            }
            if (!CanonicalEntry.hex(digest.digest(CanonicalEntry.bytes(e))).equals(e.hash())) {
                return "its content does not match its hash";
            }
            if (!e.prevHash().equals(prevHash)) {
                badSeq = Math.max(1, e.seq() - 1);
                return "its hash is not the one entry " + e.seq() + " was chained to";
            }
            if (sealedAt != null && e.recordedAt().isBefore(sealedAt.minus(RECORDING_GRACE))) {
                return "it is recorded at " + e.recordedAt() + ", yet the checkpoint of " + sealedAt
                        + " sealed the ledger at an earlier entry, without it";
            }
            if (e.balance() != balance + e.ampoules()) {
                return "the running balance does not add up";
            }
            if (e.batch() != null) {
                long batchBalance = batches.getOrDefault(e.batch(), 0L) + e.ampoules();
                if (!Objects.equals(e.batchBalance(), batchBalance)) {
                    return "the batch balance does not add up";
                }
                batches.put(e.batch(), batchBalance);
            }
            prevHash = e.hash();
            balance = e.balance();
            count++;
            return null;
        }
    }
}
