package com.acuerdo.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactDaysTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 31);

    @Test
    void the_night_takes_the_facts_of_the_day_it_moves_to() {
        assertThat(FactDays.dayAfter(D)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void the_facts_sum_the_payments_of_the_thirty_days_before_the_day_and_the_day() {
        assertThat(FactDays.windowStart(D)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void the_days_kept_reach_back_to_the_start_of_the_default_period_and_one_more() {
        assertThat(FactDays.oldestKept(D)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(FactDays.oldestKept(D)).isBefore(FactDays.windowStart(D));
    }

    @ParameterizedTest(name = "from {0}, window {1}, exact {2}, imported since {3} -> {4}")
    @CsvSource({
        "2026-03-01, 30, true, false, true",
        "2026-03-02, 30, true, false, false", // a period one day shorter
        "2026-02-28, 30, true, false, false", // one day longer
        "2026-03-02, 29, true, false, true", // facts summed over another window
        "2026-03-01, 30, false, false, false", // an import ran while they were taken
        "2026-03-01, 30, true, true, false", // an import was requested since
    })
    void the_money_of_the_facts_serves_only_their_own_period_while_nothing_was_imported(
            LocalDate from, int window, boolean exact, boolean importedSince, boolean serves) {
        assertThat(FactDays.moneyServes(from, D, window, exact, importedSince)).isEqualTo(serves);
    }
}
