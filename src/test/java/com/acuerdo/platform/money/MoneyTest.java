package com.acuerdo.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"10.005, USD, 10.00", "10.015, USD, 10.02", "1500.5, COP, 1500.50", "1234.5, CLP, 1234"})
    void rounds_half_even_to_the_currency_minor_unit(String raw, String currency, String expected) {
        assertThat(Money.of(raw, currency).amount()).isEqualByComparingTo(expected);
        assertThat(Money.of(raw, currency).amount().scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @Test
    void adds_and_subtracts_in_one_currency() {
        var balance = Money.of("100.10", "MXN").plus(Money.of("0.90", "MXN")).minus(Money.of("1", "MXN"));
        assertThat(balance).isEqualTo(Money.of("100", "MXN"));
    }

    @Test
    void refuses_to_mix_currencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "MXN")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("MXN");
    }

    @Test
    void split_adds_up_exactly_with_the_remainder_in_the_last_part() {
        var parts = Money.of("100.00", "USD").split(3);
        assertThat(parts)
                .extracting(Money::amount)
                .map(BigDecimal::toPlainString)
                .containsExactly("33.33", "33.33", "33.34");
        assertThat(parts.stream().reduce(Money.zero("USD"), Money::plus)).isEqualTo(Money.of("100", "USD"));
    }

    @Test
    void split_of_a_currency_without_minor_unit_stays_whole() {
        assertThat(Money.of("1000", "CLP").split(3))
                .extracting(m -> m.amount().toPlainString())
                .containsExactly("333", "333", "334");
    }

    @Test
    void percent_is_rounded_to_the_minor_unit() {
        assertThat(Money.of("250.00", "USD").percent(new BigDecimal("12.5"))).isEqualTo(Money.of("31.25", "USD"));
        assertThat(Money.of("0.05", "USD").percent(BigDecimal.TEN)).isEqualTo(Money.of("0.00", "USD"));
    }

    @Test
    void equal_amounts_with_different_scale_are_equal() {
        assertThat(Money.of("5", "USD")).isEqualTo(Money.of("5.00", "USD")).hasSameHashCodeAs(Money.of("5.0", "USD"));
    }
}
