package org.openhat.clinic.api;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.register.Receipt;

/** Stock received; the second receiver signs for themselves in {@code secondSigner}. */
public record RecordReceipt(Instant occurredAt, String supplierName, String supplierAddress, long ampoules,
                            String invoiceRef, String batch, LocalDate expiry, @Valid SecondSigner secondSigner,
                            String stationCode, String safeRequestRef) {
    public Receipt line(long secondReceiverId) {
        return new Receipt(occurredAt, supplierName, supplierAddress, ampoules, invoiceRef, batch, expiry,
                secondReceiverId, stationCode, safeRequestRef);
    }
}
