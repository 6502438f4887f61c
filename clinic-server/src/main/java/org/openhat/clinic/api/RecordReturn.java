package org.openhat.clinic.api;

import java.time.Instant;
import org.openhat.clinic.core.register.StockReturn;

public record RecordReturn(Instant occurredAt, long ampoules, String batch, String returnedToName,
                           String returnedToAddress, String reason, Long witnessId, String stationCode,
                           String safeRequestRef) {
    public StockReturn line() {
        return new StockReturn(occurredAt, ampoules, batch, returnedToName, returnedToAddress, reason, witnessId,
                stationCode, safeRequestRef);
    }
}
