package com.acuerdo.arrangement.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.arrangement.entity.ArrangementLimits;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicy.Verdict;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.rules.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrangementCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** Soft: 12 instalments, 10% down, 25.00 each, 10% off, first in 15 days; hard: 24, 5%, 15.00, 30%, 30. */
    private static ArrangementPolicy policy(String currency) {
        return new ArrangementPolicy(
                Product.CREDIT_CARD,
                null,
                currency,
                LocalDate.of(2000, 1, 1),
                new ArrangementLimits(12, BigDecimal.TEN, new BigDecimal("25"), BigDecimal.TEN, 15),
                new ArrangementLimits(24, BigDecimal.valueOf(5), new BigDecimal("15"), BigDecimal.valueOf(30), 30),
                5,
                3);
    }

    private static ArrangementCalculator calculator(
            String balance, String currency, String down, int instalments, String discount, int daysToFirst) {
        return new ArrangementCalculator(
                Money.of(balance, currency),
                new BigDecimal(down),
                instalments,
                Frequency.MONTHLY,
                TODAY.plusDays(daysToFirst),
                new BigDecimal(discount));
    }

    private static List<String> amounts(ArrangementCalculator calculator) {
        return calculator.schedule().instalments().stream()
                .map(line -> line.amount().amount().toPlainString())
                .toList();
    }

    // ------------------------------------------------------------------ amounts and rounding

    @Test
    void usd_instalments_add_up_exactly_with_the_remainder_in_the_last() {
        var calculator = calculator("1000.00", "USD", "100.00", 7, "0", 10);

        assertThat(amounts(calculator))
                .containsExactly("128.57", "128.57", "128.57", "128.57", "128.57", "128.57", "128.58");
        assertThat(calculator.financed()).isEqualTo(Money.of("900.00", "USD"));
    }

    @Test
    void clp_has_no_decimals_and_the_last_instalment_takes_the_remainder() {
        var calculator = calculator("100000", "CLP", "10000", 7, "0", 10);

        assertThat(amounts(calculator)).containsExactly("12857", "12857", "12857", "12857", "12857", "12857", "12858");
    }

    @Test
    void an_mxn_discount_is_rounded_to_the_centavo_before_the_schedule() {
        var calculator = calculator("1234.56", "MXN", "111.11", 3, "10", 10);

        assertThat(calculator.discount()).isEqualTo(Money.of("123.46", "MXN"));
        assertThat(calculator.totalAfterDiscount()).isEqualTo(Money.of("1111.10", "MXN"));
        assertThat(amounts(calculator)).containsExactly("333.33", "333.33", "333.33");
    }

    @Test
    void a_cop_schedule_of_large_amounts_keeps_two_decimals() {
        var calculator = calculator("4000000.01", "COP", "400000.00", 12, "0", 10);

        var lines = amounts(calculator);
        assertThat(lines).hasSize(12).startsWith("300000.00").endsWith("300000.01");
    }

    @ParameterizedTest(name = "{0} {1}, {2} down, {3} instalments, {4}% off")
    @CsvSource({
        "1000.00, USD, 0, 3, 0",
        "999.99, USD, 100.01, 11, 7.5",
        "12345.67, MXN, 1234.57, 9, 12.25",
        "7777777.77, COP, 0, 13, 0",
        "123457, CLP, 12346, 11, 9.99",
        "10, CLP, 0, 3, 0"
    })
    void in_every_currency_down_payment_and_instalments_add_up_to_the_total_after_discount(
            String balance, String currency, String down, int instalments, String discount) {
        var calculator = calculator(balance, currency, down, instalments, discount, 10);
        var schedule = calculator.schedule();

        var sum = schedule.instalments().stream()
                .map(InstalmentSchedule.Line::amount)
                .reduce(calculator.downPaymentMoney(), Money::plus);
        assertThat(sum).isEqualTo(calculator.totalAfterDiscount());
        var digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        var lines = schedule.instalments();
        assertThat(lines)
                .allSatisfy(line -> assertThat(line.amount().amount().scale()).isEqualTo(digits));
        assertThat(lines.subList(0, instalments - 1))
                .allSatisfy(line -> assertThat(line.amount()).isEqualTo(calculator.smallestInstalment()));
        assertThat(lines.get(instalments - 1).amount()).isGreaterThanOrEqualTo(calculator.smallestInstalment());
    }

    @Test
    void weekly_and_fortnightly_instalments_fall_every_seven_and_fourteen_days() {
        var weekly = new ArrangementCalculator(
                Money.of("300.00", "USD"), BigDecimal.ZERO, 3, Frequency.WEEKLY, TODAY, BigDecimal.ZERO);
        var fortnightly = new ArrangementCalculator(
                Money.of("300.00", "USD"), BigDecimal.ZERO, 3, Frequency.FORTNIGHTLY, TODAY, BigDecimal.ZERO);

        assertThat(weekly.schedule().instalments())
                .extracting(InstalmentSchedule.Line::dueOn)
                .containsExactly(TODAY, TODAY.plusDays(7), TODAY.plusDays(14));
        assertThat(fortnightly.schedule().instalments())
                .extracting(InstalmentSchedule.Line::dueOn)
                .containsExactly(TODAY, TODAY.plusDays(14), TODAY.plusDays(28));
    }

    // ------------------------------------------------------------------ policy limits at their edges

    @ParameterizedTest(name = "{0} {1}, {2} down, {3} instalments, {4}% off, first in {5} days: {6} {7}")
    @CsvSource({
        // instalments: soft 12, hard 24
        "1000.00, USD, 100.00, 12, 0, 10, WITHIN_POLICY, ''",
        "1000.00, USD, 100.00, 13, 0, 10, NEEDS_APPROVAL, MAX_INSTALMENTS",
        "1000.00, USD, 100.00, 24, 0, 10, NEEDS_APPROVAL, MAX_INSTALMENTS",
        "1000.00, USD, 100.00, 25, 0, 10, REFUSED, MAX_INSTALMENTS",
        // down payment: soft 10 %, hard 5 % (of the debt after discount)
        "1000.00, USD, 99.99, 6, 0, 10, NEEDS_APPROVAL, MIN_DOWN_PAYMENT",
        "1000.00, USD, 50.00, 6, 0, 10, NEEDS_APPROVAL, MIN_DOWN_PAYMENT",
        "1000.00, USD, 49.99, 6, 0, 10, REFUSED, MIN_DOWN_PAYMENT",
        "1000.00, USD, 90.00, 6, 10, 10, WITHIN_POLICY, ''",
        "1000.00, USD, 89.99, 6, 10, 10, NEEDS_APPROVAL, MIN_DOWN_PAYMENT",
        // discount: soft 10 %, hard 30 %
        "1000.00, USD, 100.00, 6, 10.01, 10, NEEDS_APPROVAL, MAX_DISCOUNT",
        "1000.00, USD, 100.00, 6, 30, 10, NEEDS_APPROVAL, MAX_DISCOUNT",
        "1000.00, USD, 100.00, 6, 30.01, 10, REFUSED, MAX_DISCOUNT",
        // days to the first instalment: soft 15, hard 30
        "1000.00, USD, 100.00, 6, 0, 15, WITHIN_POLICY, ''",
        "1000.00, USD, 100.00, 6, 0, 16, NEEDS_APPROVAL, MAX_DAYS_TO_FIRST_PAYMENT",
        "1000.00, USD, 100.00, 6, 0, 30, NEEDS_APPROVAL, MAX_DAYS_TO_FIRST_PAYMENT",
        "1000.00, USD, 100.00, 6, 0, 31, REFUSED, MAX_DAYS_TO_FIRST_PAYMENT",
        // smallest instalment: soft 25.00, hard 15.00
        "400.00, USD, 100.00, 12, 0, 10, WITHIN_POLICY, ''",
        "399.99, USD, 100.00, 12, 0, 10, NEEDS_APPROVAL, MIN_INSTALMENT",
        "280.00, USD, 100.00, 12, 0, 10, NEEDS_APPROVAL, MIN_INSTALMENT",
        "279.99, USD, 100.00, 12, 0, 10, REFUSED, MIN_INSTALMENT",
        // the same in pesos without decimals
        "400, CLP, 100, 12, 0, 10, WITHIN_POLICY, ''",
        "399, CLP, 100, 12, 0, 10, NEEDS_APPROVAL, MIN_INSTALMENT",
        "279, CLP, 100, 12, 0, 10, REFUSED, MIN_INSTALMENT"
    })
    void soft_limits_send_to_approval_and_hard_limits_refuse_at_their_exact_values(
            String balance,
            String currency,
            String down,
            int instalments,
            String discount,
            int days,
            Verdict verdict,
            String code) {
        var outcome =
                calculator(balance, currency, down, instalments, discount, days).assess(policy(currency), TODAY);

        assertThat(outcome.verdict()).isEqualTo(verdict);
        assertThat(outcome.reasons()).extracting(Reason::code).isEqualTo(code.isEmpty() ? List.of() : List.of(code));
        assertThat(outcome.isInvalidInput()).isFalse();
    }

    @Test
    void a_refusal_names_every_hard_limit_with_the_figure_and_the_limit() {
        var outcome = calculator("1000.00", "USD", "100.00", 30, "40", 10).assess(policy("USD"), TODAY);

        assertThat(outcome.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(outcome.reasons())
                .extracting(Reason::text)
                .containsExactly(
                        "MAX_INSTALMENTS (instalments=30, max=24)", "MAX_DISCOUNT (discountPercent=40, max=30)");
    }

    @Test
    void an_approval_names_the_soft_limits_with_the_figure_and_the_limit() {
        var outcome = calculator("1000.00", "USD", "80.00", 18, "0", 10).assess(policy("USD"), TODAY);

        assertThat(outcome.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(outcome.reasons())
                .extracting(Reason::text)
                .containsExactly(
                        "MAX_INSTALMENTS (instalments=18, max=12)",
                        "MIN_DOWN_PAYMENT (downPaymentPercent=8.00, min=10)");
        assertThat(outcome.schedule().instalments()).hasSize(18);
    }

    // ------------------------------------------------------------------ impossible figures

    @ParameterizedTest(name = "{0} {1}, {2} down, {3} instalments, {4}% off, first in {5} days: {6}")
    @CsvSource({
        "1000.00, USD, -0.01, 6, 0, 10, DOWN_PAYMENT_NEGATIVE",
        "1000.00, USD, 100.001, 6, 0, 10, DOWN_PAYMENT_DECIMALS",
        "100000, CLP, 100.5, 6, 0, 10, DOWN_PAYMENT_DECIMALS",
        "1000.00, USD, 1000.00, 6, 0, 10, DOWN_PAYMENT_COVERS_DEBT",
        "1000.00, USD, 900.00, 6, 10, 10, DOWN_PAYMENT_COVERS_DEBT",
        "1000.00, USD, 100.00, 0, 0, 10, INSTALMENTS_OUT_OF_RANGE",
        "1000.00, USD, 100.00, -3, 0, 10, INSTALMENTS_OUT_OF_RANGE",
        "1000.00, USD, 100.00, 361, 0, 10, INSTALMENTS_OUT_OF_RANGE",
        "5, CLP, 0, 6, 0, 10, INSTALMENTS_BELOW_MINOR_UNIT",
        "1000.00, USD, 100.00, 6, 100, 10, DISCOUNT_OUT_OF_RANGE",
        "1000.00, USD, 100.00, 6, -1, 10, DISCOUNT_OUT_OF_RANGE",
        "1000.00, USD, 100.00, 6, 10.125, 10, DISCOUNT_DECIMALS",
        "1000.00, USD, 100.00, 6, 0, -1, FIRST_DUE_BEFORE_BUSINESS_DATE",
        "0.00, USD, 0, 6, 0, 10, NOTHING_TO_ARRANGE",
        "-5.00, USD, 0, 6, 0, 10, NOTHING_TO_ARRANGE"
    })
    void impossible_figures_are_refused_before_any_policy_and_without_a_schedule(
            String balance, String currency, String down, int instalments, String discount, int days, String code) {
        var outcome =
                calculator(balance, currency, down, instalments, discount, days).assess(policy(currency), TODAY);

        assertThat(outcome.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(outcome.isInvalidInput()).isTrue();
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly(code);
    }

    @Test
    void every_impossible_figure_is_reported_at_once() {
        var outcome = calculator("1000.00", "USD", "-1", 0, "120", -2).assess(policy("USD"), TODAY);

        assertThat(outcome.reasons())
                .extracting(Reason::code)
                .containsExactly(
                        "DOWN_PAYMENT_NEGATIVE",
                        "INSTALMENTS_OUT_OF_RANGE",
                        "DISCOUNT_OUT_OF_RANGE",
                        "FIRST_DUE_BEFORE_BUSINESS_DATE");
    }

    @Test
    void the_first_instalment_may_fall_on_the_business_date() {
        var outcome = calculator("1000.00", "USD", "100.00", 6, "0", 0).assess(policy("USD"), TODAY);

        assertThat(outcome.verdict()).isEqualTo(Verdict.WITHIN_POLICY);
        assertThat(outcome.schedule().firstDueOn()).isEqualTo(TODAY);
    }
}
