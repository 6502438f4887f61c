package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.register.RegisterEntry;
import org.openhat.clinic.core.register.StockCheck;

/**
 * The answer to a stock count, for everyone who counts (pharmacists too): whether it matched, never
 * the balance it was compared with, so no count is ever made knowing the answer.
 */
public record StockCountView(long ledgerId, long seq, Instant occurredAt, Instant recordedAt, String result) {
    public static final String MATCHES = "MATCHES";
    public static final String DISCREPANCY_OPENED = "DISCREPANCY_OPENED";

    public static StockCountView of(RegisterEntry count) {
        return new StockCountView(count.ledgerId(), count.seq(), count.occurredAt(), count.recordedAt(),
                StockCheck.matches(count) ? MATCHES : DISCREPANCY_OPENED);
    }
}
