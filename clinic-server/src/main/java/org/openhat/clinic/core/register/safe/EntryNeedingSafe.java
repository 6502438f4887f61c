package org.openhat.clinic.core.register.safe;

import java.time.Instant;
import org.openhat.clinic.core.register.EntryKind;
import org.openhat.clinic.core.register.RegisterEntry;

/** A register entry that could only be made with a safe open; no patient details, so the report can travel. */
public record EntryNeedingSafe(long ledgerId, long seq, EntryKind kind, Instant occurredAt, String stationCode,
                               String safeRequestRef) {

    public static EntryNeedingSafe of(RegisterEntry e) {
        return new EntryNeedingSafe(e.ledgerId(), e.seq(), e.kind(), e.occurredAt(), e.stationCode(), e.safeRequestRef());
    }
}
