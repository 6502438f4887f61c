package org.openhat.clinic.core.register;

import java.time.Instant;
import org.openhat.clinic.core.ValidationException;

/** Filters for reading a ledger: kind, batch, and a [from, to) window on the transaction time. Null means any. */
public record EntryFilter(EntryKind kind, String batch, Instant from, Instant to) {
    public static final EntryFilter ALL = new EntryFilter(null, null, null, null);

    public EntryFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ValidationException("to", "must be after from");
        }
    }
}
