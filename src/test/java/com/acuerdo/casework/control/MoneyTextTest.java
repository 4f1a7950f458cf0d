package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.platform.money.Money;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTextTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale EN = Locale.forLanguageTag("en");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1500.00 | MXN | es | MXN 1.500,00",
                "1500.00 | MXN | en | MXN 1,500.00",
                "0.5     | USD | en | USD 0.50",
                "1234567.891 | USD | en | USD 1,234,567.89",
                "250000  | CLP | es | CLP 250.000",
                "250000  | COP | en | COP 250,000.00",
                "-12.30  | USD | en | USD -12.30"
            })
    void an_amount_reads_with_its_code_the_currencys_decimals_and_the_languages_separators(
            String amount, String currency, String language, String expected) {
        assertThat(MoneyText.format(Money.of(amount, currency), Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }

    @Test
    void several_currencies_read_one_after_the_other_by_code() {
        var amounts = List.of(Money.of("10", "USD"), Money.of("1500", "MXN"));
        assertThat(MoneyText.format(amounts, EN)).isEqualTo("MXN 1,500.00 · USD 10.00");
    }

    @Test
    void no_amount_reads_as_nothing() {
        assertThat(MoneyText.format((Money) null, ES)).isEmpty();
    }
}
