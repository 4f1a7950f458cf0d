package com.acuerdo.promise.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.rules.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromisePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final PromisePolicy POLICY = new PromisePolicy(30);

    private static List<String> codes(String amount, String balance, String currency, LocalDate dueOn, boolean open) {
        return POLICY
                .check(new PromisePolicy.Request(
                        new BigDecimal(amount), Money.of(balance, currency), dueOn, TODAY, open))
                .stream()
                .map(Reason::code)
                .toList();
    }

    @ParameterizedTest(name = "{0} {2} against a balance of {1}: {3}")
    @CsvSource({
        "0.01, 500.00, USD, ''",
        "500.00, 500.00, USD, ''",
        "500.01, 500.00, USD, AMOUNT_ABOVE_BALANCE",
        "0, 500.00, USD, AMOUNT_NOT_POSITIVE",
        "0.00, 500.00, USD, AMOUNT_NOT_POSITIVE",
        "-10.00, 500.00, USD, AMOUNT_NOT_POSITIVE",
        "10.005, 500.00, USD, AMOUNT_DECIMALS",
        "10.50, 500.00, MXN, ''",
        "10.500, 500.00, MXN, ''",
        "150000, 150000, CLP, ''",
        "150001, 150000, CLP, AMOUNT_ABOVE_BALANCE",
        "1500.5, 150000, CLP, AMOUNT_DECIMALS",
        "1500.0, 150000, CLP, ''",
        "250000.99, 250000.99, COP, ''",
        "250001.00, 250000.99, COP, AMOUNT_ABOVE_BALANCE"
    })
    void the_amount_is_positive_in_the_minor_unit_and_not_above_the_balance(
            String amount, String balance, String currency, String expected) {
        var codes = codes(amount, balance, currency, TODAY.plusDays(5), false);

        assertThat(codes).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "due {0} days after the business date: {1}")
    @CsvSource({"-1, DUE_BEFORE_BUSINESS_DATE", "0, ''", "1, ''", "29, ''", "30, ''", "31, DUE_TOO_FAR_AHEAD"})
    void the_due_date_runs_from_the_business_date_to_the_max_days_ahead(int days, String expected) {
        var codes = codes("100.00", "500.00", "USD", TODAY.plusDays(days), false);

        assertThat(codes).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void a_second_open_promise_on_the_case_is_refused() {
        assertThat(codes("100.00", "500.00", "USD", TODAY.plusDays(3), true)).containsExactly("OPEN_PROMISE_EXISTS");
    }

    @Test
    void every_broken_rule_is_reported_with_its_figures() {
        var reasons = POLICY.check(new PromisePolicy.Request(
                new BigDecimal("900.00"), Money.of("500.00", "USD"), TODAY.plusDays(45), TODAY, true));

        assertThat(reasons)
                .extracting(Reason::text)
                .containsExactly(
                        "AMOUNT_ABOVE_BALANCE (amount=900.00, balance=500.00, currency=USD)",
                        "DUE_TOO_FAR_AHEAD (dueOn=2026-04-24, latest=2026-04-09, maxDaysAhead=30)",
                        "OPEN_PROMISE_EXISTS");
    }

    @Test
    void a_policy_of_zero_days_allows_only_today() {
        var sameDay = new PromisePolicy(0);

        assertThat(sameDay.latestDueDate(TODAY)).isEqualTo(TODAY);
        assertThat(sameDay.check(new PromisePolicy.Request(
                        BigDecimal.TEN, Money.of("50", "USD"), TODAY.plusDays(1), TODAY, false)))
                .extracting(Reason::code)
                .containsExactly("DUE_TOO_FAR_AHEAD");
    }

    @Test
    void a_negative_horizon_is_not_a_policy() {
        assertThatThrownBy(() -> new PromisePolicy(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
