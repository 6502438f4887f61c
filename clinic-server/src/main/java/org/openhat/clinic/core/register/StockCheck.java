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
    public void check(LedgerContext ledger) {
        Fields.occurredAt(occurredAt);
        Fields.count("counted", counted, RegisterLimits.MAX_AMPOULES_PER_ENTRY);
        Fields.count("secondCount", secondCount, RegisterLimits.MAX_AMPOULES_PER_ENTRY);
        if (counted != secondCount) {
            throw new ValidationException("secondCount", "the two counts differ: count again together");
        }
        Fields.optionalText("batch", batch, 64);
        Fields.present(secondStaffField(), secondStaffId);
    }

    /** The balance the count was made against: the batch's for a batch count, else the ledger's. */
    public static long expected(RegisterEntry count) {
        return count.batch() == null ? count.balance() : count.batchBalance();
    }

    /** Whether a recorded count agreed with the balance (if not, a discrepancy was opened with it). */
    public static boolean matches(RegisterEntry count) {
        if (count.kind() != EntryKind.STOCK_CHECK) {
            throw new IllegalArgumentException("not a stock check: " + count.kind());
        }
        return Long.parseLong(count.field("counted")) == expected(count);
    }

    @Override
    public Details details() {
        return Details.of().put("counted", counted).put("scope", batch == null ? "ledger" : "batch");
    }
}
