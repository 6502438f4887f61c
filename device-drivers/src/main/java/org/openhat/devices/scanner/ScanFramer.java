package org.openhat.devices.scanner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits the scanner's byte stream into scans. One scan may come in several chunks and
 * several scans in one chunk (devices.md §1.2). Memory is bounded: an overlong line is
 * reported as such, not kept. A scanner set to CR, LF or CRLF ends a scan at any of them: scanners
 * ship with different line ends, and an LF left over from a CRLF must not start the next scan.
 * Not thread-safe; one framer per scanner.
 */
public final class ScanFramer {
    private final byte[] suffix;
    private final boolean anyLineEnd;
    private final boolean noSuffix;
    private final long endGapNanos;
    private final long fragmentNanos;
    private final byte[] buf;
    private int len;
    private int total;
    private boolean overflow;
    private Instant lastByteAt;
    private long lastByteNanos;

    public ScanFramer(ScannerSettings settings) {
        // with line ends, CR and LF are matched one by one in accept(), not as a byte sequence
        this.suffix = settings.suffix().endsAtAnyLineEnd() ? new byte[0] : settings.suffix().bytes();
        this.anyLineEnd = settings.suffix().endsAtAnyLineEnd();
        this.noSuffix = settings.suffix() == LineSuffix.NONE;
        this.endGapNanos = settings.endOfScanGap().toNanos();
        this.fragmentNanos = settings.fragmentTimeout().toNanos();
        this.buf = new byte[settings.maxLength() + suffix.length];
    }

    /** Adds a chunk; returns the scans it completed, stamped with this chunk's arrival. */
    public List<RawScan> feed(byte[] chunk, Instant at, long nanos) {
        List<RawScan> out = new ArrayList<>(1);
        if (total > 0 && nanos - lastByteNanos > (noSuffix ? endGapNanos : fragmentNanos)) {
            if (noSuffix) {
                out.add(take(lastByteAt, lastByteNanos));
            } else {
                reset(); // a fragment this old was noise or a cut-off scan; don't glue it to the next
            }
        }
        for (byte b : chunk) {
            accept(b, at, nanos, out);
        }
        lastByteAt = at;
        lastByteNanos = nanos;
        return out;
    }

    /** With no suffix configured: ends the pending scan once the line has been quiet long enough. */
    public Optional<RawScan> flushIfIdle(long nowNanos) {
        if (noSuffix && total > 0 && nowNanos - lastByteNanos >= endGapNanos) {
            return Optional.of(take(lastByteAt, lastByteNanos));
        }
        return Optional.empty();
    }

    private void accept(byte b, Instant at, long nanos, List<RawScan> out) {
        if (anyLineEnd && (b == '\r' || b == '\n')) {
            endLine(at, nanos, out);
            return;
        }
        append(b);
        if (suffix.length > 0 && endsWithSuffix()) {
            len -= suffix.length;
            total -= suffix.length;
            endLine(at, nanos, out);
        }
    }

    private void append(byte b) {
        if (len == buf.length) {
            // keep only what could still be the start of the suffix; the line is lost anyway
            overflow = true;
            int keep = Math.max(0, suffix.length - 1);
            System.arraycopy(buf, len - keep, buf, 0, keep);
            len = keep;
        }
        buf[len++] = b;
        total++;
    }

    private boolean endsWithSuffix() {
        if (len < suffix.length) {
            return false;
        }
        return Arrays.equals(buf, len - suffix.length, len, suffix, 0, suffix.length);
    }

    private void endLine(Instant at, long nanos, List<RawScan> out) {
        if (total > 0) {
            out.add(take(at, nanos));
        } else {
            reset();
        }
    }

    private RawScan take(Instant at, long nanos) {
        boolean tooLong = overflow || total > buf.length - suffix.length;
        RawScan scan = new RawScan(tooLong ? new byte[0] : Arrays.copyOf(buf, len), total, tooLong, at, nanos);
        reset();
        return scan;
    }

    private void reset() {
        len = 0;
        total = 0;
        overflow = false;
    }
}
