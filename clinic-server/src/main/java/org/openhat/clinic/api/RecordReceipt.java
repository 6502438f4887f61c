package org.openhat.clinic.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.register.Receipt;

/** Stock received; the second receiver signs for themselves in {@code secondSigner}. */
public record RecordReceipt(@NotNull Instant occurredAt, @NotBlank String supplierName,
                            @NotBlank String supplierAddress, @NotNull Long ampoules, @NotBlank String invoiceRef,
                            @NotBlank String batch, @NotNull LocalDate expiry, @Valid SecondSigner secondSigner,
                            String stationCode, String safeRequestRef) {
    public Receipt line(long secondReceiverId) {
        return new Receipt(occurredAt, supplierName, supplierAddress, ampoules, invoiceRef, batch, expiry,
                secondReceiverId, stationCode, safeRequestRef);
    }
}
