package org.openhat.clinic.core.register;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the register as stored. {@code ampoules} is the signed movement; {@code balance} and
 * {@code batchBalance} are the running balances after it. {@code details} holds the kind's legal
 * fields in canonical form (see {@link Details}); {@code hash} covers everything else.
 */
public record RegisterEntry(long ledgerId, long seq, EntryKind kind, Instant occurredAt, Instant recordedAt,
                            long recordedBy, Long secondStaffId, long ampoules, long balance, String batch,
                            Long batchBalance, String stationCode, String safeRequestRef, Long correctsSeq,
                            String details, String prevHash, String hash) {

    public Map<String, String> fields() {
        return Details.parse(details);
    }

    public String field(String key) {
        return fields().get(key);
    }

    public RegisterEntry withHash(String newHash) {
        return new RegisterEntry(ledgerId, seq, kind, occurredAt, recordedAt, recordedBy, secondStaffId, ampoules,
                balance, batch, batchBalance, stationCode, safeRequestRef, correctsSeq, details, prevHash, newHash);
    }
}
