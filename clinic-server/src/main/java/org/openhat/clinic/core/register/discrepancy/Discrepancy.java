package org.openhat.clinic.core.register.discrepancy;

import java.time.Instant;

/** A stock check whose count differed from the running balance, as opened. */
public record Discrepancy(long id, long ledgerId, long stockCheckSeq, String batch, long expected, long counted,
                          Instant openedAt, long openedBy) {

    public long difference() {
        return counted - expected;
    }
}
