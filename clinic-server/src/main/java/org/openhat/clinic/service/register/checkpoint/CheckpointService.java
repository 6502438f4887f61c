package org.openhat.clinic.service.register.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.core.audit.AuditEvent;
import org.openhat.clinic.core.register.Ledger;
import org.openhat.clinic.core.register.LedgerHead;
import org.openhat.clinic.core.register.VerifyResult;
import org.openhat.clinic.core.register.checkpoint.Checkpoint;
import org.openhat.clinic.core.register.checkpoint.CheckpointCheck;
import org.openhat.clinic.core.register.checkpoint.CheckpointExport;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.CheckpointLine;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.db.AuditDao;
import org.openhat.clinic.db.CheckpointDao;
import org.openhat.clinic.db.LedgerAppendDao;
import org.openhat.clinic.db.RegisterDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs checkpoints of a ledger's head, exports them, and checks an exported one against the
 * register. Every checkpoint goes into the database and, before that commits, into the
 * checkpoint file, so the two hold the same checkpoints.
 */
public class CheckpointService {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointService.class);

    private final Transactor transactor;
    private final SigningKey key;
    private final RegisterVerifier verifier;
    private final Clock clock;
    private final CheckpointFile file;

    /** Without a checkpoint file: checkpoints go only into the database (tests of the register alone). */
    public CheckpointService(Transactor transactor, SigningKey key, RegisterVerifier verifier, Clock clock) {
        this(transactor, key, verifier, clock, null);
    }

    public CheckpointService(Transactor transactor, SigningKey key, RegisterVerifier verifier, Clock clock,
                             CheckpointFile file) {
        this.transactor = transactor;
        this.key = key;
        this.verifier = verifier;
        this.clock = clock;
        this.file = file;
    }

    /** A pharmacist seals the ledger as it stands; the checkpoint names them. */
    public CheckpointExport sign(long ledgerId, long staffId) {
        return seal(ledgerId, staffId, "signed by a pharmacist")
                .orElseThrow(() -> new ValidationException("ledgerId", "the ledger has no entries to checkpoint"));
    }

    /**
     * The server seals the ledger by itself (at a session close, or when a day has passed), if it
     * has an entry no checkpoint seals yet. The checkpoint names no one (signed_by is empty) and
     * its audit line has no member of staff: the server did it, {@code occasion} says why. A ledger
     * that does not verify is not sealed.
     */
    public Optional<CheckpointExport> sealBySystem(long ledgerId, String occasion) {
        // A signature over a register that already does not verify would lend it the clinic's word:
        // the server leaves it unsealed and says so loudly, for a pharmacist to look into.
        VerifyResult walk = verifier.verify(ledgerId);
        if (!walk.intact()) {
            LOG.error("Register ledger {} does not verify, so the server does not seal it ({}): {}", ledgerId,
                    occasion, walk.describe());
            return Optional.empty();
        }
        return seal(ledgerId, null, occasion);
    }

    private Optional<CheckpointExport> seal(long ledgerId, Long staffId, String occasion) {
        Optional<CheckpointExport> sealed = transactor.inTransaction(tx -> {
            Ledger ledger = tx.dao(RegisterDao.class).ledger(ledgerId)
                    .orElseThrow(() -> new NotFoundException("ledger", ledgerId));
            // holds the ledger as an append does, so the head read is the last entry committed
            LedgerHead head = tx.dao(LedgerAppendDao.class).lockPosition(ledgerId, null).orElseThrow().head();
            CheckpointDao checkpoints = tx.dao(CheckpointDao.class);
            if (head.lastSeq() == 0 || staffId == null && checkpoints.latest(ledgerId)
                    .filter(c -> c.seq() >= head.lastSeq()).isPresent()) {
                return Optional.<CheckpointExport>empty();
            }
            // the time is read under the ledger's lock: no entry this checkpoint leaves out committed before it
            Instant now = clock.instant();
            CheckpointExport unsigned = new CheckpointExport(CheckpointExport.FORMAT, ledger.premises(), ledgerId,
                    ledger.heading(), head.lastSeq(), head.lastHash(), now, key.publicKeyBase64(), null);
            String signature = key.sign(unsigned.message());
            checkpoints.insert(ledgerId, head.lastSeq(), head.lastHash(), now, staffId, key.publicKeyBase64(), signature);
            Checkpoint stored = checkpoints.latest(ledgerId).orElseThrow();
            String detail = "ledger " + ledgerId + " entry " + head.lastSeq() + " (" + occasion + ")";
            tx.dao(AuditDao.class).record(new AuditEvent(now, staffId, AuditAction.REGISTER_CHECKPOINT_SIGNED,
                    "register_checkpoint", String.valueOf(stored.id()), detail));
            if (file != null) {
                // forced to disk before the commit: a checkpoint never reaches the database without its line
                file.append(CheckpointLine.of(ledger, stored));
            }
            return Optional.of(CheckpointExport.of(ledger, stored));
        });
        sealed.ifPresent(c -> LOG.info("Register ledger {} sealed at entry {} by {} ({})", c.ledgerId(), c.seq(),
                staffId == null ? "the server" : "staff " + staffId, occasion));
        return sealed;
    }

    public List<CheckpointExport> exports(long ledgerId) {
        return transactor.readSnapshot(tx -> {
            Ledger ledger = tx.dao(RegisterDao.class).ledger(ledgerId)
                    .orElseThrow(() -> new NotFoundException("ledger", ledgerId));
            return tx.dao(CheckpointDao.class).forLedger(ledgerId).stream()
                    .map(c -> CheckpointExport.of(ledger, c)).toList();
        });
    }

    /**
     * Starts the checkpoint file if there is none. A clinic whose database already holds
     * checkpoints (made before checkpoints were written to a file) has them written into it, in
     * the order they were made; that is logged, because a file that went missing is started the
     * same way, and only a copy of the file kept elsewhere can then show what it held.
     */
    public void startFile() {
        if (file == null || file.exists()) {
            return;
        }
        List<CheckpointLine> lines = transactor.read(tx -> {
            RegisterDao register = tx.dao(RegisterDao.class);
            return tx.dao(CheckpointDao.class).all().stream()
                    .map(c -> CheckpointLine.of(register.ledger(c.ledgerId()).orElseThrow(), c)).toList();
        });
        file.create();
        lines.forEach(file::append);
        if (!lines.isEmpty()) {
            LOG.warn("There was no checkpoint file at {}: started it with the {} checkpoint(s) the database holds."
                    + " Compare it with any copy kept elsewhere.", file.path(), lines.size());
        }
    }

    /**
     * Checks an exported checkpoint against the register as it is now: the signature, that it is
     * the clinic's key, that the ledger still has that hash at that entry, and that the chain up
     * to it is intact.
     */
    public CheckpointCheck check(CheckpointExport export) {
        boolean signed = export.signatureValid();
        boolean clinicKey = key.publicKeyBase64().equals(export.publicKey());
        boolean entryMatches = transactor.readSnapshot(tx -> tx.dao(RegisterDao.class)
                .entry(export.ledgerId(), export.seq()).map(e -> e.hash().equals(export.headHash())).orElse(false));
        boolean chainIntact = false;
        if (entryMatches) {
            VerifyResult walk = verifier.verify(export.ledgerId());
            chainIntact = walk.intact() || walk.firstBadSeq() > export.seq();
        }
        return new CheckpointCheck(signed, clinicKey, entryMatches, chainIntact);
    }

    public SigningKey key() {
        return key;
    }
}
