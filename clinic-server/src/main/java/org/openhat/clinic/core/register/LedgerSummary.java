package org.openhat.clinic.core.register;

import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.ClinicTime;

/**
 * A ledger with where it stands. Registers are kept at least two years from the last entry
 * (reg 23); nothing is ever deleted, so {@code keepUntil} is the earliest date a copy may go.
 */
public record LedgerSummary(Ledger ledger, long entries, long balance, String headHash, Instant lastEntryAt,
                            LocalDate keepUntil) {
    public static final int RETENTION_YEARS = 2;

    public static LedgerSummary of(Ledger ledger, LedgerHead head) {
        Instant last = head.lastEntryAt();
        LocalDate keepUntil = last == null ? null : LocalDate.ofInstant(last, ClinicTime.ZONE).plusYears(RETENTION_YEARS);
        return new LedgerSummary(ledger, head.lastSeq(), head.balance(), head.lastHash(), last, keepUntil);
    }
}
