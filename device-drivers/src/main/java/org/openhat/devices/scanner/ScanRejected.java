package org.openhat.devices.scanner;

import java.time.Instant;
import java.util.Optional;

/**
 * A scan that could not be used. {@code reason} is for staff ("GTIN check digit is wrong")
 * and never repeats the scanned content, which may be a patient identifier.
 *
 * @param length bytes the scan had, suffix excluded
 */
public record ScanRejected(String reason, int length, Optional<AimId> symbology,
                           Instant receivedAt, long receivedNanos) implements ScanEvent {
}
