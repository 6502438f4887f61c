package org.openhat.clinic.api;

import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.register.LedgerSummary;

/**
 * A ledger for the screen. The balance is left out for staff who may be asked to count the
 * stock, so their count stays blind; so is the head's hash, which covers the balance and, with the
 * hash before it, would let the balance of an entry they made be found by trying each candidate.
 */
public record LedgerView(long id, String premises, long productId, String heading, String drug, String form,
                         int strengthMg, long entries, Long balance, String headHash, Instant lastEntryAt,
                         LocalDate keepUntil) {

    public static LedgerView of(LedgerSummary s, boolean showBalance) {
        var l = s.ledger();
        return new LedgerView(l.id(), l.premises(), l.productId(), l.heading(), l.drug(), l.form(), l.strengthMg(),
                s.entries(), showBalance ? s.balance() : null,
                showBalance ? s.headHash() : null, s.lastEntryAt(), s.keepUntil());
    }
}
