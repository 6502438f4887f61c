package org.openhat.devices.scanner;

import java.time.Duration;
import java.util.Objects;

/**
 * How scans are framed.
 *
 * @param suffix           what the scanner appends to each scan
 * @param maxLength        longest scan kept; longer lines are rejected whole, memory stays bounded
 * @param endOfScanGap     with {@link LineSuffix#NONE}: silence that ends a scan
 * @param fragmentTimeout  a partial line older than this is junk and dropped when new bytes come
 */
public record ScannerSettings(LineSuffix suffix, int maxLength, Duration endOfScanGap, Duration fragmentTimeout) {

    public ScannerSettings {
        Objects.requireNonNull(suffix, "suffix");
        if (maxLength < 16 || maxLength > 65536) {
            throw new IllegalArgumentException("maxLength must be within 16..65536");
        }
        if (endOfScanGap.isNegative() || endOfScanGap.isZero() || fragmentTimeout.compareTo(endOfScanGap) < 0) {
            throw new IllegalArgumentException("endOfScanGap must be positive and not above fragmentTimeout");
        }
    }

    /** 1024 bytes at most, 100 ms end-of-scan gap, 2 s fragment timeout. */
    public static ScannerSettings of(LineSuffix suffix) {
        return new ScannerSettings(suffix, 1024, Duration.ofMillis(100), Duration.ofSeconds(2));
    }
}
