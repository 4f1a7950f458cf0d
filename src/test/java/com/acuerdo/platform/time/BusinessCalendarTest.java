package com.acuerdo.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @Test
    void the_date_cannot_be_set_by_hand_unless_the_setting_allows_it() {
        var calendar = new BusinessCalendar();
        calendar.settable = false;
        assertThatThrownBy(() -> calendar.moveTo(LocalDate.parse("2026-03-10")))
                .isInstanceOf(BusinessDateLockedException.class);
    }

    @Test
    void advancing_moves_one_calendar_day_across_month_and_leap_day() {
        var date = new BusinessDate(LocalDate.parse("2028-02-28"));
        assertThat(date.advance()).isEqualTo("2028-02-29");
        assertThat(date.advance()).isEqualTo("2028-03-01");
    }
}
