package com.acuerdo.arrangement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.arrangement.control.InstalmentSchedule.Line;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstalmentScheduleTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-04-01");

    private static Money money(String amount, String currency) {
        return Money.of(amount, currency);
    }

    private static InstalmentSchedule schedule(
            String total, String discount, String down, int count, Frequency frequency, LocalDate first) {
        return InstalmentSchedule.compute(
                money(total, "MXN"), new BigDecimal(discount), money(down, "MXN"), count, frequency, first);
    }

    @ParameterizedTest(name = "{0} {5}, {1}% off, {2} down, {3} instalments -> each {4}, last {6}")
    @CsvSource({
        "1000.00, 0, 0.00, 3, 333.33, MXN, 333.34",
        "1000.00, 0, 100.00, 3, 300.00, MXN, 300.00",
        "1000.00, 10, 0.00, 7, 128.57, MXN, 128.58",
        "1000.00, 12.5, 75.50, 4, 199.87, MXN, 199.89", // 875.00 - 75.50 = 799.50
        "0.05, 0, 0.00, 5, 0.01, MXN, 0.01",
        "1000, 0, 0, 3, 333, JPY, 334",
        "100.000, 0, 0, 3, 33.333, KWD, 33.334"
    })
    void instalments_add_up_exactly_with_the_remainder_in_the_last(
            String total, String discount, String down, int count, String each, String currency, String last) {
        var schedule = InstalmentSchedule.compute(
                money(total, currency),
                new BigDecimal(discount),
                money(down, currency),
                count,
                Frequency.MONTHLY,
                FIRST);

        var amounts = schedule.instalments().stream().map(Line::amount).toList();
        assertThat(amounts).hasSize(count);
        assertThat(amounts.subList(0, count - 1)).allMatch(amount -> amount.equals(money(each, currency)));
        assertThat(amounts.get(count - 1)).isEqualTo(money(last, currency));
        assertThat(amounts.stream().reduce(Money.zero(currency), Money::plus))
                .isEqualTo(schedule.totalAfterDiscount().minus(schedule.downPayment()))
                .isEqualTo(schedule.financed());
        assertThat(amounts)
                .allMatch(amount -> amount.amount().scale()
                        == java.util.Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @Test
    void the_discount_is_taken_off_the_total_in_the_minor_unit() {
        var schedule = schedule("999.99", "15", "0.00", 1, Frequency.MONTHLY, FIRST);

        // 15% of 999.99 = 149.9985 -> 150.00
        assertThat(schedule.totalAfterDiscount()).isEqualTo(money("849.99", "MXN"));
        assertThat(schedule.instalments())
                .singleElement()
                .extracting(Line::amount)
                .isEqualTo(money("849.99", "MXN"));
    }

    @Test
    void monthly_dates_keep_the_month_end_anchor() {
        var schedule = schedule("400.00", "0", "0.00", 4, Frequency.MONTHLY, LocalDate.parse("2028-01-31"));

        assertThat(schedule.instalments())
                .extracting(Line::dueOn)
                .containsExactly(
                        LocalDate.parse("2028-01-31"),
                        LocalDate.parse("2028-02-29"),
                        LocalDate.parse("2028-03-31"),
                        LocalDate.parse("2028-04-30"));
    }

    @Test
    void monthly_dates_in_a_common_year_fall_on_28_february() {
        var schedule = schedule("300.00", "0", "0.00", 3, Frequency.MONTHLY, LocalDate.parse("2026-01-30"));

        assertThat(schedule.instalments())
                .extracting(Line::dueOn)
                .containsExactly(
                        LocalDate.parse("2026-01-30"), LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-30"));
    }

    @Test
    void weekly_and_fortnightly_dates_step_by_seven_and_fourteen_days() {
        assertThat(schedule("300.00", "0", "0.00", 3, Frequency.WEEKLY, LocalDate.parse("2028-02-22"))
                        .instalments())
                .extracting(Line::dueOn)
                .containsExactly(
                        LocalDate.parse("2028-02-22"), LocalDate.parse("2028-02-29"), LocalDate.parse("2028-03-07"));
        assertThat(schedule("300.00", "0", "0.00", 3, Frequency.FORTNIGHTLY, LocalDate.parse("2026-12-24"))
                        .instalments())
                .extracting(Line::dueOn)
                .containsExactly(
                        LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-07"), LocalDate.parse("2027-01-21"));
    }

    @Test
    void instalments_are_numbered_from_one() {
        assertThat(schedule("300.00", "0", "0.00", 3, Frequency.WEEKLY, FIRST).instalments())
                .extracting(Line::number)
                .containsExactly(1, 2, 3);
    }

    @ParameterizedTest(name = "total {0}, {1}% off, {2} down, {3} instalments is refused")
    @CsvSource({
        "1000.00, 0, 1000.00, 3", // nothing left for instalments
        "1000.00, 0, 1200.00, 3", // down payment beyond the total
        "1000.00, 50, 500.00, 3", // down payment eats the discounted total
        "1000.00, 0, 0.00, 0", // no instalments
        "1000.00, 100, 0.00, 3", // a full discount is not an arrangement
        "1000.00, -1, 0.00, 3", // negative discount
        "1000.00, 0, -1.00, 3", // negative down payment
        "0.03, 0, 0.00, 5", // an instalment would be zero
        "0.00, 0, 0.00, 1" // nothing owed
    })
    void impossible_terms_are_refused(String total, String discount, String down, int count) {
        assertThatThrownBy(() -> schedule(total, discount, down, count, Frequency.MONTHLY, FIRST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_schedule_keeps_its_terms() {
        var schedule = schedule("1000.00", "10", "100.00", 4, Frequency.FORTNIGHTLY, FIRST);

        assertThat(schedule.totalBeforeDiscount()).isEqualTo(money("1000.00", "MXN"));
        assertThat(schedule.totalAfterDiscount()).isEqualTo(money("900.00", "MXN"));
        assertThat(schedule.downPayment()).isEqualTo(money("100.00", "MXN"));
        assertThat(schedule.lastDueOn()).isEqualTo(FIRST.plusWeeks(6));
        assertThat(schedule.instalments()).isInstanceOf(List.class).hasSize(4);
    }
}
