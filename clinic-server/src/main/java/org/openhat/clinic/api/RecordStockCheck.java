package org.openhat.clinic.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.openhat.clinic.core.register.StockCheck;

/** Both counts, each entered by its counter without seeing the balance; the second counter signs in {@code secondSigner}. */
public record RecordStockCheck(@NotNull Instant occurredAt, @NotNull Long counted, @NotNull Long secondCount, String batch,
                               @Valid SecondSigner secondSigner, String stationCode, String safeRequestRef) {
    public StockCheck line(long secondCounterId) {
        return new StockCheck(occurredAt, counted, secondCount, batch, secondCounterId, stationCode, safeRequestRef);
    }
}
