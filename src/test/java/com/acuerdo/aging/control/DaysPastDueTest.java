package com.acuerdo.aging.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.aging.control.DaysPastDue.Due;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaysPastDueTest {

    private static final Money TOLERANCE = usd("1.00");
    private static final List<PausePeriod> NO_PAUSES = List.of();

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static Due due(String date, String unpaid) {
        return new Due(LocalDate.parse(date), usd(unpaid));
    }

    @ParameterizedTest(name = "due {0}, business date {1} -> {2}")
    @CsvSource({
        // due today is not overdue; due yesterday is one day
        "2026-03-10, 2026-03-10, 0",
        "2026-03-10, 2026-03-11, 1",
        "2026-03-10, 2026-03-09, 0",
        // month ends
        "2026-01-31, 2026-02-01, 1",
        "2026-01-31, 2026-02-28, 28",
        "2026-01-31, 2026-03-01, 29",
        "2026-04-30, 2026-05-31, 31",
        "2025-12-31, 2026-01-01, 1",
        // 29 February of a leap year
        "2028-02-28, 2028-02-29, 1",
        "2028-02-28, 2028-03-01, 2",
        "2028-02-29, 2028-03-01, 1",
        "2028-02-29, 2029-02-28, 365",
        "2028-01-31, 2028-03-01, 30",
        // bucket edges
        "2026-01-01, 2026-01-30, 29",
        "2026-01-01, 2026-01-31, 30",
        "2026-01-01, 2026-06-30, 180"
    })
    void counts_calendar_days_since_the_due_date(LocalDate dueDate, LocalDate businessDate, int expected) {
        var bills = List.of(new Due(dueDate, usd("250.00")));

        assertThat(DaysPastDue.on(businessDate, bills, TOLERANCE, NO_PAUSES)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "unpaid {0} with tolerance 1.00 -> {1}")
    @CsvSource({"0.00, 0", "0.01, 0", "0.99, 0", "1.00, 20", "1.01, 20", "249.99, 20"})
    void a_bill_counts_as_paid_when_its_unpaid_part_is_below_the_tolerance(String unpaid, int expected) {
        var bills = List.of(due("2026-03-01", unpaid));

        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-21"), bills, TOLERANCE, NO_PAUSES))
                .isEqualTo(expected);
    }

    @Test
    void a_zero_tolerance_still_counts_a_bill_with_one_cent_unpaid() {
        var bills = List.of(due("2026-03-01", "0.01"));

        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-21"), bills, usd("0.01"), NO_PAUSES))
                .isEqualTo(20);
        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-21"), bills, Money.zero("USD"), NO_PAUSES))
                .isEqualTo(20);
    }

    @Test
    void no_bills_means_no_days_past_due() {
        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-21"), List.of(), TOLERANCE, NO_PAUSES))
                .isZero();
    }

    @Test
    void the_oldest_unpaid_bill_sets_the_days() {
        var bills = List.of(due("2026-02-01", "100.00"), due("2026-01-01", "100.00"), due("2026-03-01", "100.00"));

        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-11"), bills, TOLERANCE, NO_PAUSES))
                .isEqualTo(69);
    }

    @Test
    void a_paid_older_bill_does_not_count_so_the_oldest_unpaid_one_does() {
        var bills = List.of(due("2026-01-01", "0.50"), due("2026-02-01", "100.00"), due("2026-03-01", "100.00"));

        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-11"), bills, TOLERANCE, NO_PAUSES))
                .isEqualTo(38);
    }

    @Test
    void bills_due_today_or_later_are_ignored_even_when_unpaid() {
        var bills = List.of(due("2026-03-11", "100.00"), due("2026-04-11", "100.00"), due("2026-02-11", "0.00"));

        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-11"), bills, TOLERANCE, NO_PAUSES))
                .isZero();
    }

    @ParameterizedTest(name = "pause {0}..{1} -> {2} days")
    @CsvSource({
        // bill due 2026-03-01, business date 2026-03-31: 30 days without pauses
        "2026-02-01, 2026-02-28, 30", // wholly before the due date
        "2026-02-20, 2026-03-01, 30", // ends on the due date, which is not a counted day
        "2026-02-20, 2026-03-05, 26", // covers the first 4 counted days
        "2026-03-02, 2026-03-02, 29", // the first counted day
        "2026-03-10, 2026-03-19, 20", // ten days in the middle
        "2026-03-31, 2026-03-31, 29", // the business date itself
        "2026-03-25, 2026-04-30, 23", // runs past the business date: 25..31 paused
        "2026-03-02, 2026-03-31, 0", // the whole period
        "2026-01-01, 2026-12-31, 0", // more than the whole period
        "2026-04-01, 2026-04-30, 30" // after the business date
    })
    void paused_days_after_the_due_date_do_not_count(LocalDate from, LocalDate until, int expected) {
        var bills = List.of(due("2026-03-01", "100.00"));
        var pauses = List.of(PausePeriod.between(from, until));

        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-31"), bills, TOLERANCE, pauses))
                .isEqualTo(expected);
    }

    @Test
    void an_open_pause_stops_the_days_until_the_business_date() {
        var bills = List.of(due("2026-03-01", "100.00"));
        var pauses = List.of(PausePeriod.openFrom(LocalDate.parse("2026-03-11")));

        // counted: 2..10 March; paused: 11..31 March
        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-31"), bills, TOLERANCE, pauses))
                .isEqualTo(9);
    }

    @Test
    void overlapping_pauses_count_each_day_once() {
        var bills = List.of(due("2026-03-01", "100.00"));
        var pauses = List.of(
                PausePeriod.between(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-14")),
                PausePeriod.between(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-19")),
                PausePeriod.between(LocalDate.parse("2026-03-12"), LocalDate.parse("2026-03-13")),
                PausePeriod.between(LocalDate.parse("2026-03-25"), LocalDate.parse("2026-03-26")));

        // 30 days, less 5..19 (15 days) and 25..26 (2 days)
        assertThat(DaysPastDue.on(LocalDate.parse("2026-03-31"), bills, TOLERANCE, pauses))
                .isEqualTo(13);
    }

    @Test
    void a_pause_across_29_february_2028_counts_the_leap_day() {
        var bills = List.of(due("2028-02-15", "100.00"));
        var pauses = List.of(PausePeriod.between(LocalDate.parse("2028-02-28"), LocalDate.parse("2028-03-01")));

        // 2028-02-15 -> 2028-03-15 is 29 days; 28 Feb, 29 Feb and 1 Mar are paused
        assertThat(DaysPastDue.on(LocalDate.parse("2028-03-15"), bills, TOLERANCE, pauses))
                .isEqualTo(26);
    }
}
