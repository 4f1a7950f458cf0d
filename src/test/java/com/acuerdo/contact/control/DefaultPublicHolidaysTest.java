package com.acuerdo.contact.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.entity.PublicHoliday;
import com.acuerdo.customer.entity.Jurisdiction;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultPublicHolidaysTest {

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25"})
    void computes_easter_sunday(LocalDate easter) {
        assertThat(DefaultPublicHolidays.easterSunday(easter.getYear())).isEqualTo(easter);
    }

    @Test
    void colombia_2026_matches_the_official_calendar_with_mondays_moved() {
        var dates = DefaultPublicHolidays.colombia(2026).stream()
                .map(PublicHoliday::date)
                .map(LocalDate::toString);

        assertThat(dates)
                .containsExactly(
                        "2026-01-01",
                        "2026-01-12",
                        "2026-03-23",
                        "2026-04-02",
                        "2026-04-03",
                        "2026-05-01",
                        "2026-05-18",
                        "2026-06-08",
                        "2026-06-15",
                        "2026-06-29",
                        "2026-07-20",
                        "2026-08-07",
                        "2026-08-17",
                        "2026-10-12",
                        "2026-11-02",
                        "2026-11-16",
                        "2026-12-08",
                        "2026-12-25");
    }

    @Test
    void colombia_2027_has_its_eighteen_holidays() {
        var holidays = DefaultPublicHolidays.colombia(2027);

        assertThat(holidays).hasSize(18);
        assertThat(holidays)
                .extracting(PublicHoliday::date)
                .contains(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 7, 5));
    }

    @Test
    void us_floating_holidays_fall_on_their_weekdays() {
        var byName = DefaultPublicHolidays.unitedStates(2026).stream()
                .collect(Collectors.toMap(PublicHoliday::name, PublicHoliday::date));

        assertThat(byName.get("Thanksgiving Day")).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(byName.get("Memorial Day")).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(byName.get("Labor Day")).isEqualTo(LocalDate.of(2026, 9, 7));
    }

    @Test
    void every_jurisdiction_has_holidays_in_both_years_and_no_date_twice() {
        var holidays = DefaultPublicHolidays.forYears(2026, 2027);

        for (var jurisdiction : Jurisdiction.values()) {
            var dates = holidays.stream()
                    .filter(h -> h.jurisdiction() == jurisdiction)
                    .map(PublicHoliday::date)
                    .toList();
            assertThat(dates).as(jurisdiction.name()).doesNotHaveDuplicates();
            assertThat(dates)
                    .as(jurisdiction.name())
                    .anyMatch(d -> d.getYear() == 2026)
                    .anyMatch(d -> d.getYear() == 2027);
        }
    }

    @Test
    void holidays_moved_onto_the_same_monday_are_one_day_off() {
        // 2038: Sagrado Corazón (Easter + 71) and San Pedro y San Pablo both land on 5 July.
        var dates = DefaultPublicHolidays.colombia(2038).stream()
                .map(PublicHoliday::date)
                .toList();

        assertThat(dates).doesNotHaveDuplicates().contains(LocalDate.of(2038, 7, 5));
    }
}
