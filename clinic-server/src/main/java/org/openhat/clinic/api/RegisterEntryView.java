package org.openhat.clinic.api;

import java.time.Instant;
import java.util.Map;
import org.openhat.clinic.core.register.RegisterEntry;

/** One register entry as JSON; {@code fields} are the kind's legal fields by name. */
public record RegisterEntryView(long ledgerId, long seq, String kind, Instant occurredAt, Instant recordedAt,
                                long recordedBy, Long secondStaffId, long ampoules, long balance, String batch,
                                Long batchBalance, String stationCode, String safeRequestRef, Long correctsSeq,
                                Map<String, String> fields, String prevHash, String hash) {

    public static RegisterEntryView of(RegisterEntry e) {
        return new RegisterEntryView(e.ledgerId(), e.seq(), e.kind().name(), e.occurredAt(), e.recordedAt(),
                e.recordedBy(), e.secondStaffId(), e.ampoules(), e.balance(), e.batch(), e.batchBalance(),
                e.stationCode(), e.safeRequestRef(), e.correctsSeq(), e.fields(), e.prevHash(), e.hash());
    }
}
