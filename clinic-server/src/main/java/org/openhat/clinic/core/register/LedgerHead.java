package org.openhat.clinic.core.register;

import java.time.Instant;

/** Where a ledger stands: its last entry's sequence number and hash, and the running balance in ampoules. */
public record LedgerHead(long ledgerId, long lastSeq, String lastHash, long balance, Instant lastEntryAt) {

    /** The previous hash of a ledger's first entry. */
    public static final String GENESIS = "0".repeat(64);
}
