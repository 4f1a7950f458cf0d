package com.acuerdo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimingsTest {

    /** 1 ms … 100 ms, shuffled: the nearest-rank percentile p is p ms. */
    private static final Timings HUNDRED = new Timings("t", shuffledMillis(100), 1_000_000_000L);

    @ParameterizedTest
    @CsvSource({"50, 50", "95, 95", "99, 99", "100, 100", "1, 1", "0.5, 1"})
    void percentiles_are_nearest_rank(double percentile, double millis) {
        assertThat(HUNDRED.percentile(percentile)).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource({"1, 7", "2, 7", "3, 8"})
    void the_median_of_few_values_is_a_measured_value(int count, double median) {
        var nanos = new long[count];
        for (int i = 0; i < count; i++) {
            nanos[i] = (7 + i) * 1_000_000L;
        }
        assertThat(new Timings("t", nanos, 1).median()).isEqualTo(median);
    }

    @org.junit.jupiter.api.Test
    void the_line_reports_count_percentiles_and_throughput() {
        assertThat(HUNDRED.line())
                .startsWith("t ")
                .contains(
                        "n=100 ",
                        "median=   50.000 ms",
                        "p95=   95.000 ms",
                        "max=  100.000 ms",
                        "throughput=    100.0/s");
    }

    private static long[] shuffledMillis(int n) {
        var nanos = new long[n];
        for (int i = 0; i < n; i++) {
            nanos[i] = ((i * 37L) % n + 1) * 1_000_000L;
        }
        return nanos;
    }
}
