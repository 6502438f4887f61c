package org.openhat.clinic.core.register;

import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.ClinicTime;
import org.openhat.clinic.core.ValidationException;

/** Stock obtained: reg 19 headings (date, supplier name and address, quantity) plus invoice, batch and expiry. */
public record Receipt(Instant occurredAt, String supplierName, String supplierAddress, long ampoules,
                      String invoiceRef, String batch, LocalDate expiry, Long secondStaffId, String stationCode,
                      String safeRequestRef) implements RegisterLine {

    @Override
    public EntryKind kind() {
        return EntryKind.RECEIPT;
    }

    @Override
    public long movement() {
        return ampoules;
    }

    @Override
    public void check(LedgerContext ledger) {
        Fields.occurredAt(occurredAt);
        Fields.text("supplierName", supplierName, 200);
        Fields.text("supplierAddress", supplierAddress, 400);
        Fields.quantity("ampoules", ampoules, RegisterLimits.MAX_AMPOULES_PER_ENTRY);
        Fields.text("invoiceRef", invoiceRef, 64);
        Fields.batch(batch);
        Fields.present("expiry", expiry);
        if (expiry.isBefore(LocalDate.ofInstant(occurredAt, ClinicTime.ZONE))) {
            throw new ValidationException("expiry", "the stock had expired when it was received");
        }
        Fields.present(secondStaffField(), secondStaffId);
    }

    @Override
    public Details details() {
        return Details.of().put("supplier_name", supplierName).put("supplier_address", supplierAddress)
                .put("invoice", invoiceRef).put("expiry", expiry);
    }
}
