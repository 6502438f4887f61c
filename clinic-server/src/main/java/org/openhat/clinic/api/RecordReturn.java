package org.openhat.clinic.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.openhat.clinic.core.register.StockReturn;

/** Stock returned to the supplier; the witness signs in {@code secondSigner}. */
public record RecordReturn(@NotNull Instant occurredAt, @NotNull Long ampoules, @NotBlank String batch,
                           @NotBlank String returnedToName, @NotBlank String returnedToAddress,
                           @NotBlank String reason, @Valid SecondSigner secondSigner,
                           String stationCode, String safeRequestRef) {
    public StockReturn line(long witnessId) {
        return new StockReturn(occurredAt, ampoules, batch, returnedToName, returnedToAddress, reason, witnessId,
                stationCode, safeRequestRef);
    }
}
