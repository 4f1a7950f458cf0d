package com.acuerdo.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one measured operation: count, median, p95, p99, max and throughput. */
public final class Timings {

    private final String name;
    private final long[] nanos;
    private final double seconds;

    /** @param wallNanos the wall time the operations were measured over (for the throughput) */
    public Timings(String name, long[] nanos, long wallNanos) {
        this.name = name;
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
        this.seconds = wallNanos / 1e9;
    }

    /** Nearest-rank percentile in milliseconds. */
    public double percentile(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    public double median() {
        return percentile(50);
    }

    public String line() {
        return String.format(
                Locale.ROOT,
                "%-22s n=%-7d median=%9.3f ms  p95=%9.3f ms  p99=%9.3f ms  max=%9.3f ms  throughput=%9.1f/s",
                name,
                nanos.length,
                median(),
                percentile(95),
                percentile(99),
                nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6,
                seconds <= 0 ? Double.NaN : nanos.length / seconds);
    }
}
