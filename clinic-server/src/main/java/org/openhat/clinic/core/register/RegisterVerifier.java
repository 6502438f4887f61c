package org.openhat.clinic.core.register;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.Transactor;
import org.openhat.clinic.core.register.checkpoint.Checkpoint;
import org.openhat.clinic.core.register.checkpoint.CheckpointExport;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.db.LedgerChainReader;
import org.openhat.clinic.db.RegisterDao;

/** Walks a ledger from its first entry and names the first one that does not match. */
public class RegisterVerifier {
    private final Transactor transactor;
    private final String clinicPublicKey;

    /** {@code clinicPublicKey} null accepts checkpoints signed by any key (the command, without the key file). */
    public RegisterVerifier(Transactor transactor, String clinicPublicKey) {
        this.transactor = transactor;
        this.clinicPublicKey = clinicPublicKey;
    }

    public List<VerifyResult> verifyAll() {
        List<Long> ids = transactor.inTransaction(tx -> tx.dao(RegisterDao.class).ledgers().stream()
                .map(Ledger::id).toList());
        return ids.stream().map(this::verify).toList();
    }

    public VerifyResult verify(long ledgerId) {
        return transactor.inTransaction(tx -> walk(tx, ledgerId));
    }

    private VerifyResult walk(Transactor.Tx tx, long ledgerId) {
        RegisterDao register = tx.dao(RegisterDao.class);
        Ledger ledger = register.ledger(ledgerId).orElseThrow(() -> new NotFoundException("ledger", ledgerId));
        Map<Long, List<Checkpoint>> checkpoints = tx.dao(CheckpointDao.class).forLedger(ledgerId).stream()
                .collect(Collectors.groupingBy(Checkpoint::seq));
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
        for (long seq : checkpoints.keySet()) {
            if (seq > walk.count) {
                return VerifyResult.broken(ledgerId, walk.count, walk.checkpoints, walk.count + 1,
                        "a signed checkpoint names entry " + seq + ", which is missing");
            }
        }
        return VerifyResult.intact(ledgerId, walk.count, walk.checkpoints, walk.prevHash);
    }

    private String checkCheckpoints(Ledger ledger, RegisterEntry entry, List<Checkpoint> atSeq, Walk walk) {
        for (Checkpoint checkpoint : atSeq) {
            walk.checkpoints++;
            if (!CheckpointExport.of(ledger, checkpoint).signatureValid()
                    || (clinicPublicKey != null && !clinicPublicKey.equals(checkpoint.publicKey()))) {
                return "signed checkpoint " + checkpoint.id() + " has a signature that is not the clinic's";
            }
            if (!checkpoint.headHash().equals(entry.hash())) {
                return "differs from signed checkpoint " + checkpoint.id() + " of " + checkpoint.signedAt();
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

        Walk(long ledgerId) {
            this.ledgerId = ledgerId;
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
