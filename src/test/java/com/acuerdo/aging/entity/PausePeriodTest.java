package com.acuerdo.aging.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PausePeriodTest {

    @ParameterizedTest
    @CsvSource({"2026-03-09, false", "2026-03-10, true", "2026-03-15, true", "2026-03-20, true", "2026-03-21, false"})
    void covers_both_ends(LocalDate date, boolean covered) {
        var pause = PausePeriod.between(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-20"));

        assertThat(pause.covers(date)).isEqualTo(covered);
    }

    @Test
    void an_open_pause_covers_every_later_date() {
        assertThat(PausePeriod.openFrom(LocalDate.parse("2026-03-10")).covers(LocalDate.parse("2099-01-01")))
                .isTrue();
    }

    @Test
    void cannot_end_before_it_starts() {
        assertThatThrownBy(() -> PausePeriod.between(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-09")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
