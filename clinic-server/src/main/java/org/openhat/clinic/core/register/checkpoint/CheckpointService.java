package org.openhat.clinic.core.register.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openhat.clinic.core.Audits;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.Transactor;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.RegisterVerifier;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.db.RegisterDao;

/** Signs checkpoints of a ledger's head, exports them, and checks an exported one against the register. */
public class CheckpointService {
    private final Transactor transactor;
    private final SigningKey key;
    private final RegisterVerifier verifier;
    private final Clock clock;

    public CheckpointService(Transactor transactor, SigningKey key, RegisterVerifier verifier, Clock clock) {
        this.transactor = transactor;
        this.key = key;
        this.verifier = verifier;
        this.clock = clock;
    }

    public CheckpointExport sign(long ledgerId, long staffId) {
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            RegisterDao register = tx.dao(RegisterDao.class);
            Ledger ledger = register.ledger(ledgerId).orElseThrow(() -> new NotFoundException("ledger", ledgerId));
            // the last entry as committed now: the checkpoint seals whatever line that is
            LedgerHead head = register.head(ledgerId);
            if (head.lastSeq() == 0) {
                throw new ValidationException("ledgerId", "the ledger has no entries to checkpoint");
            }
            CheckpointExport unsigned = new CheckpointExport(CheckpointExport.FORMAT, ledger.premises(), ledgerId,
                    ledger.heading(), head.lastSeq(), head.lastHash(), now, key.publicKeyBase64(), null);
            String signature = key.sign(unsigned.message());
            tx.dao(CheckpointDao.class).insert(ledgerId, head.lastSeq(), head.lastHash(), now, staffId,
                    key.publicKeyBase64(), signature);
            long id = tx.dao(CheckpointDao.class).latestId(ledgerId);
            Audits.record(tx, now, staffId, AuditAction.REGISTER_CHECKPOINT_SIGNED, "register_checkpoint", id,
                    "ledger " + ledgerId + " entry " + head.lastSeq());
            return CheckpointExport.of(ledger, tx.dao(CheckpointDao.class).forLedger(ledgerId).stream()
                    .filter(c -> c.id() == id).findFirst().orElseThrow());
        });
    }

    public List<CheckpointExport> exports(long ledgerId) {
        return transactor.inTransaction(tx -> {
            Ledger ledger = tx.dao(RegisterDao.class).ledger(ledgerId)
                    .orElseThrow(() -> new NotFoundException("ledger", ledgerId));
            return tx.dao(CheckpointDao.class).forLedger(ledgerId).stream()
                    .map(c -> CheckpointExport.of(ledger, c)).toList();
        });
    }

    /**
     * Checks an exported checkpoint against the register as it is now: the signature, that it is
     * the clinic's key, that the ledger still has that hash at that entry, and that the chain up
     * to it is intact.
     */
    public CheckpointCheck check(CheckpointExport export) {
        boolean signed = export.signatureValid();
        boolean clinicKey = key.publicKeyBase64().equals(export.publicKey());
        boolean entryMatches = transactor.inTransaction(tx -> tx.dao(RegisterDao.class)
                .entry(export.ledgerId(), export.seq()).map(e -> e.hash().equals(export.headHash())).orElse(false));
        boolean chainIntact = false;
        if (entryMatches) {
            VerifyResult walk = verifier.verify(export.ledgerId());
            chainIntact = walk.intact() || walk.firstBadSeq() > export.seq();
        }
        return new CheckpointCheck(signed, clinicKey, entryMatches, chainIntact);
    }
}
