package org.openhat.clinic.core.register;

import java.time.Instant;

/** Stock sent back to the supplier or pharmacy: a supply to them, with their name and address. */
public record StockReturn(Instant occurredAt, long ampoules, String batch, String returnedToName,
                          String returnedToAddress, String reason, Long secondStaffId, String stationCode,
                          String safeRequestRef) implements RegisterLine {

    @Override
    public EntryKind kind() {
        return EntryKind.RETURN;
    }

    @Override
    public long movement() {
        return -ampoules;
    }

    @Override
    public void check(LedgerContext ledger) {
        Fields.occurredAt(occurredAt);
        Fields.quantity("ampoules", ampoules, RegisterLimits.MAX_AMPOULES_PER_ENTRY);
        Fields.batch(batch);
        Fields.text("returnedToName", returnedToName, 200);
        Fields.text("returnedToAddress", returnedToAddress, 400);
        Fields.text("reason", reason, 400);
        Fields.present(secondStaffField(), secondStaffId);
    }

    @Override
    public Details details() {
        return Details.of().put("returned_to_name", returnedToName).put("returned_to_address", returnedToAddress)
                .put("reason", reason);
    }
}
