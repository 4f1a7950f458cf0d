package com.acuerdo.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatiosTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"0, 0, null", "5, 0, null", "0, 7, 0.0", "1, 3, 33.3", "2, 3, 66.7", "3, 3, 100.0", "1, 8, 12.5"})
    void a_percentage_has_one_decimal_and_is_unknown_over_nothing(long part, long whole, BigDecimal expected) {
        assertThat(Ratios.percent(part, whole)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"0, 0, null", "10, 0, null", "0, 4, 0.00", "10, 4, 2.50", "10, 3, 3.33"})
    void a_mean_has_two_decimals_and_is_unknown_over_nothing(long total, long count, BigDecimal expected) {
        assertThat(Ratios.mean(total, count)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"null, 5", "5, null"})
    void a_missing_part_or_whole_gives_no_percentage(BigDecimal part, BigDecimal whole) {
        assertThat(Ratios.percent(part, whole)).isNull();
    }
}
