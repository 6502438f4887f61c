package org.openhat.clinic.bench;

import java.util.Arrays;

/**
 * Every response time of one phase, in nanoseconds, kept whole and sorted once: at 20,000
 * samples an array is exact and small, so no histogram's rounding stands between us and p99.9.
 */
final class Latencies {
    private long[] nanos = new long[0];

    synchronized void addAll(long[] more, int count) {
        long[] merged = Arrays.copyOf(nanos, nanos.length + count);
        System.arraycopy(more, 0, merged, nanos.length, count);
        nanos = merged;
    }

    void addAll(Latencies other) {
        long[] theirs;
        synchronized (other) {
            theirs = other.nanos.clone();
        }
        addAll(theirs, theirs.length);
    }

    synchronized int count() {
        return nanos.length;
    }

    /** Nearest-rank percentile in milliseconds; {@code q} is 0..1. */
    synchronized double percentileMs(double q) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    String summary() {
        return String.format("n=%d  p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  p99.9=%.2f ms  max=%.2f ms", count(),
                percentileMs(0.50), percentileMs(0.90), percentileMs(0.99), percentileMs(0.999), percentileMs(1.0));
    }
}
