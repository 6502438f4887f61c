package org.openhat.devices.scanner;

import java.time.Instant;
import java.util.Optional;

/** A staff badge; {@code staffId} is the staff number printed on it, e.g. {@code N0042}. */
public record BadgeScan(String staffId, Optional<AimId> symbology, Instant receivedAt, long receivedNanos)
        implements ScanEvent {
}
