package org.openhat.devices.scanner;

import java.time.Instant;

/**
 * One framed scan, suffix removed, still as bytes (ISO-8859-1 decoding is lossless).
 *
 * @param length        bytes the scan had on the wire (may exceed {@code bytes.length} when overlong)
 * @param overlong      true when the line was longer than allowed; {@code bytes} is then empty
 * @param receivedAt    when the last byte (the suffix) arrived
 * @param receivedNanos {@link System#nanoTime()} at that moment
 */
public record RawScan(byte[] bytes, int length, boolean overlong, Instant receivedAt, long receivedNanos) {
}
