package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.register.StockCheck;

/** Both counts, each entered by its counter without seeing the balance. */
public record RecordStockCheck(Instant occurredAt, long counted, long secondCount, String batch, Long secondCounterId,
                               String stationCode, String safeRequestRef) {
    public StockCheck line() {
        return new StockCheck(occurredAt, counted, secondCount, batch, secondCounterId, stationCode, safeRequestRef);
    }
}
