package org.openhat.clinic.core.register;

import java.time.Instant;
import org.openhat.clinic.core.ValidationException;

/**
 * A blind count by two staff: each counts without seeing the balance, and both counts go in. If
 * they disagree the entry is refused (count again) without saying which is nearer the balance.
 * A whole-ledger count leaves batch null. The balance column of the entry is the expected count.
 */
public record StockCheck(Instant occurredAt, long counted, long secondCount, String batch, Long secondStaffId,
                         String stationCode, String safeRequestRef) implements RegisterLine {

    @Override
    public EntryKind kind() {
        return EntryKind.STOCK_CHECK;
    }

    @Override
    public long movement() {
        return 0;
    }

    @Override
    public String secondStaffField() {
        return "secondCounterId";
    }

    @Override
    public void check(LedgerContext ledger) {
        Fields.occurredAt(occurredAt);
        if (counted < 0) {
            throw new ValidationException("counted", "cannot be negative");
        }
        if (counted != secondCount) {
            throw new ValidationException("secondCount", "the two counts differ: count again together");
        }
        Fields.optionalText("batch", batch, 64);
        Fields.present("secondCounterId", secondStaffId);
    }

    @Override
    public Details details() {
        return Details.of().put("counted", counted).put("scope", batch == null ? "ledger" : "batch");
    }
}
