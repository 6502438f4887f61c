package org.openhat.clinic.api;

import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.register.Receipt;

public record RecordReceipt(Instant occurredAt, String supplierName, String supplierAddress, long ampoules,
                            String invoiceRef, String batch, LocalDate expiry, Long secondReceiverId,
                            String stationCode, String safeRequestRef) {
    public Receipt line() {
        return new Receipt(occurredAt, supplierName, supplierAddress, ampoules, invoiceRef, batch, expiry,
                secondReceiverId, stationCode, safeRequestRef);
    }
}
