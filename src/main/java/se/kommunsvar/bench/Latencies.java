package se.kommunsvar.bench;

import java.util.Arrays;

/** Percentiles of recorded latencies, in milliseconds. */
record Latencies(int count, double p50, double p95, double p99, double max) {

    static Latencies of(long[] nanos, int count) {
        if (count == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Latencies(count, ms(at(sorted, 0.50)), ms(at(sorted, 0.95)), ms(at(sorted, 0.99)), ms(sorted[count - 1]));
    }

    /** The nearest-rank percentile. */
    private static long at(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
