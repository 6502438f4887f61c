package org.openhat.devices.scanner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.openhat.devices.ids.Gtin;

/**
 * A medicine pack: GTIN (check digit verified) and, from a GS1 DataMatrix, expiry (17),
 * batch (10) and serial (21). Other AIs (e.g. national reimbursement numbers) are kept
 * as they came, AI to value.
 */
public record ProductScan(Gtin gtin, Optional<LocalDate> expiry, Optional<String> batch, Optional<String> serial,
                          Map<String, String> otherFields, Optional<AimId> symbology,
                          Instant receivedAt, long receivedNanos) implements ScanEvent {

    public ProductScan {
        otherFields = Map.copyOf(otherFields);
    }
}
