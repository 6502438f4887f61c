package org.openhat.clinic.api;

import jakarta.validation.Valid;
import java.time.Instant;
import org.openhat.clinic.core.register.StockReturn;

/** Stock returned to the supplier; the witness signs in {@code secondSigner}. */
public record RecordReturn(Instant occurredAt, long ampoules, String batch, String returnedToName,
                           String returnedToAddress, String reason, @Valid SecondSigner secondSigner,
                           String stationCode, String safeRequestRef) {
    public StockReturn line(long witnessId) {
        return new StockReturn(occurredAt, ampoules, batch, returnedToName, returnedToAddress, reason, witnessId,
                stationCode, safeRequestRef);
    }
}
