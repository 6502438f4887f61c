package org.openhat.clinic.core.register;

import java.time.Instant;

/**
 * Where a ledger stands: its last entry's line number and hash, the running balance in ampoules,
 * and when that entry was made. It is read off the last entry; a ledger with none is at genesis.
 */
public record LedgerHead(long ledgerId, long lastSeq, String lastHash, long balance, Instant lastEntryAt) {

    /** The previous hash of a ledger's first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The head after {@code last}, or at genesis when {@code last} is null. */
    public static LedgerHead after(long ledgerId, RegisterEntry last) {
        return last == null
                ? new LedgerHead(ledgerId, 0, GENESIS, 0, null)
                : new LedgerHead(ledgerId, last.seq(), last.hash(), last.balance(), last.recordedAt());
    }
}
