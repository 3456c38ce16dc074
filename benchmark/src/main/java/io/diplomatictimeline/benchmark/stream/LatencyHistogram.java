package io.diplomatictimeline.benchmark.stream;

import java.util.concurrent.atomic.AtomicLongArray;

/** Latencies counted in 1 ms buckets up to a minute (longer ones in the last), safe to record from many threads. */
final class LatencyHistogram {

    private static final int BUCKETS = 60_001;
    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void record(long nanos) {
        counts.incrementAndGet((int) Math.min(BUCKETS - 1, Math.max(0, nanos / 1_000_000)));
    }

    long count() {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** The upper bound, in ms, of the bucket holding that percentile; -1 when nothing was recorded. */
    double percentileMs(double percentile) {
        long total = count();
        if (total == 0) {
            return -1;
        }
        long rank = (long) Math.ceil(total * percentile / 100.0);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return i + 1;
            }
        }
        return BUCKETS;
    }
}
