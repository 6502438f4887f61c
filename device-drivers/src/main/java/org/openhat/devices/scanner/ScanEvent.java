package org.openhat.devices.scanner;

import java.time.Instant;
import java.util.Optional;

/**
 * What one scan turned out to be. Every event carries the moment its last byte arrived,
 * so the server can measure scan-to-browser latency with {@link #receivedNanos()}.
 */
public sealed interface ScanEvent permits ProductScan, WristbandScan, BadgeScan, ScanRejected {

    /** The AIM symbology identifier, empty for typed-in (bracketed) GS1 data or when none came. */
    Optional<AimId> symbology();

    /** Wall-clock time the last byte (the suffix) arrived. */
    Instant receivedAt();

    /** {@link System#nanoTime()} when the last byte arrived. */
    long receivedNanos();
}
