package com.acuerdo.reminder.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.reminder.entity.Reminder.Kind;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderScheduleTest {

    private static final LocalDate DUE = LocalDate.parse("2026-03-10");

    @ParameterizedTest(name = "{0} days before the due date with N={1} -> {2}")
    @CsvSource({
        "5, 3, NONE",
        "4, 3, NONE",
        "3, 3, BEFORE_DUE",
        "1, 3, BEFORE_DUE", // a night that did not run is caught up
        "0, 3, ON_DUE_DATE",
        "-1, 3, NONE", // overdue: follow-up's business, not a reminder's
        "1, 0, NONE",
        "0, 0, ON_DUE_DATE"
    })
    void a_friendly_reminder_n_days_before_and_one_on_the_day(int daysBefore, int policyDays, String expected) {
        var kind = ReminderSchedule.due(DUE, policyDays, DUE.minusDays(daysBefore));

        assertThat(kind.map(Kind::name).orElse("NONE")).isEqualTo(expected);
    }
}
