package org.openhat.clinic.core.register;

import java.time.Instant;
import org.openhat.clinic.core.ValidationException;

/**
 * The electronic form of a dated, signed marginal note (reg 20): it points at an earlier entry,
 * which never changes, and says why. A correction that adjusts the balance of a batch (a receipt
 * entered with the wrong quantity, say) writes stock on or off: only a pharmacist makes it, with
 * a second person who signs for themselves. A note that moves nothing is open to any recorder.
 */
public record Correction(Instant occurredAt, Long correctsSeq, String reason, long adjustment, String batch,
                         Long secondStaffId) implements RegisterLine {

    @Override
    public EntryKind kind() {
        return EntryKind.CORRECTION;
    }

    @Override
    public long movement() {
        return adjustment;
    }

    @Override
    public String batch() {
        return adjustment == 0 ? null : batch;
    }

    public boolean movesStock() {
        return adjustment != 0;
    }

    @Override
    public SignerRule recorderRule() {
        return movesStock() ? SignerRule.PHARMACIST : SignerRule.RECORDER;
    }

    @Override
    public String recorderField() {
        return movesStock() ? "adjustment" : "recordedBy";
    }

    @Override
    public String movementField() {
        return "adjustment";
    }

    @Override
    public void check(LedgerContext ledger) {
        Fields.occurredAt(occurredAt);
        Fields.present("correctsSeq", correctsSeq);
        if (ledger.entry(correctsSeq).isEmpty()) {
            throw new ValidationException("correctsSeq", "is not an entry in this ledger");
        }
        Fields.text("reason", reason, 1000);
        long most = RegisterLimits.MAX_AMPOULES_PER_ENTRY;
        if (adjustment < -most || adjustment > most) {
            throw new ValidationException("adjustment", "must be between -" + most + " and " + most
                    + ", more than a clinic could hold");
        }
        if (movesStock()) {
            Fields.batch(batch);
            Fields.present(secondStaffField(), secondStaffId);
        } else if (batch != null) {
            throw new ValidationException("batch", "only a correction that adjusts the balance names a batch");
        }
    }

    @Override
    public Details details() {
        return Details.of().put("reason", reason).put("adjustment", adjustment);
    }
}
