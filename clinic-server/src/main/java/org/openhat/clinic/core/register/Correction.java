package org.openhat.clinic.core.register;

import java.time.Instant;
import org.openhat.clinic.core.ValidationException;

/**
 * The electronic form of a dated, signed marginal note (reg 20): it points at an earlier entry,
 * which never changes, says why, and may adjust the balance of one batch (e.g. a receipt entered
 * with the wrong quantity).
 */
public record Correction(Instant occurredAt, Long correctsSeq, String reason, long adjustment, String batch)
        implements RegisterLine {

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

    @Override
    public void check(LedgerContext ledger) {
        Fields.occurredAt(occurredAt);
        Fields.present("correctsSeq", correctsSeq);
        if (ledger.entry(correctsSeq).isEmpty()) {
            throw new ValidationException("correctsSeq", "is not an entry in this ledger");
        }
        Fields.text("reason", reason, 1000);
        if (adjustment != 0) {
            Fields.batch(batch);
        } else if (batch != null) {
            throw new ValidationException("batch", "only a correction that adjusts the balance names a batch");
        }
    }

    @Override
    public Details details() {
        return Details.of().put("reason", reason).put("adjustment", adjustment);
    }
}
