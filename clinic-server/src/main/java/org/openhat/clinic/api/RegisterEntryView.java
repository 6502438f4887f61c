package org.openhat.clinic.api;

import java.time.Instant;
import java.util.Map;
import org.openhat.clinic.core.register.RegisterEntry;

/**
 * One register entry as JSON; {@code fields} are the kind's legal fields by name. For staff who
 * may be asked to count the stock (see LedgerView) the running balances are left out, and so are
 * the hashes: an entry's hash covers its balance, so with every other column known the balance
 * could be found by hashing each candidate.
 */
public record RegisterEntryView(long ledgerId, long seq, String kind, Instant occurredAt, Instant recordedAt,
                                long recordedBy, Long secondStaffId, long ampoules, Long balance, String batch,
                                Long batchBalance, String stationCode, String safeRequestRef, Long correctsSeq,
                                Map<String, String> fields, String prevHash, String hash) {

    public static RegisterEntryView of(RegisterEntry e) {
        return of(e, true);
    }

    public static RegisterEntryView of(RegisterEntry e, boolean showBalance) {
        return new RegisterEntryView(e.ledgerId(), e.seq(), e.kind().name(), e.occurredAt(), e.recordedAt(),
                e.recordedBy(), e.secondStaffId(), e.ampoules(), showBalance ? e.balance() : null, e.batch(),
                showBalance ? e.batchBalance() : null, e.stationCode(), e.safeRequestRef(), e.correctsSeq(),
                e.fields(), showBalance ? e.prevHash() : null, showBalance ? e.hash() : null);
    }
}
