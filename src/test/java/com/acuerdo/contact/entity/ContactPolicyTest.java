package com.acuerdo.contact.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.contact.control.DefaultContactPolicies;
import com.acuerdo.customer.entity.Jurisdiction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactPolicyTest {

    private static final Map<Jurisdiction, ContactPolicy> POLICIES = Map.of(
            Jurisdiction.US, DefaultContactPolicies.us(),
            Jurisdiction.MX, DefaultContactPolicies.mx(),
            Jurisdiction.CO, DefaultContactPolicies.co(),
            Jurisdiction.CL, DefaultContactPolicies.cl(),
            Jurisdiction.DEFAULT, DefaultContactPolicies.fallback());

    private static final Predicate<LocalDate> NO_HOLIDAYS = date -> false;

    // 2026-03-09 is a Monday, 2026-03-14 a Saturday, 2026-03-15 a Sunday.
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "US, 2026-03-09T07:59, false",
        "US, 2026-03-09T08:00, true",
        "US, 2026-03-09T20:59, true",
        "US, 2026-03-09T21:00, false",
        "US, 2026-03-15T08:00, true",
        "MX, 2026-03-15T06:59, false",
        "MX, 2026-03-15T07:00, true",
        "MX, 2026-03-15T21:59, true",
        "MX, 2026-03-15T22:00, false",
        "CO, 2026-03-09T06:59, false",
        "CO, 2026-03-09T07:00, true",
        "CO, 2026-03-09T18:59, true",
        "CO, 2026-03-09T19:00, false",
        "CO, 2026-03-14T07:59, false",
        "CO, 2026-03-14T08:00, true",
        "CO, 2026-03-14T14:59, true",
        "CO, 2026-03-14T15:00, false",
        "CO, 2026-03-15T10:00, false",
        "CL, 2026-03-14T07:59, false",
        "CL, 2026-03-14T08:00, true",
        "CL, 2026-03-14T19:59, true",
        "CL, 2026-03-14T20:00, false",
        "CL, 2026-03-15T10:00, false",
        "DEFAULT, 2026-03-09T07:59, false",
        "DEFAULT, 2026-03-09T08:00, true",
        "DEFAULT, 2026-03-09T19:59, true",
        "DEFAULT, 2026-03-09T20:00, false",
        "DEFAULT, 2026-03-15T12:00, false"
    })
    void allowed_hours_include_the_start_minute_and_exclude_the_end_minute(
            Jurisdiction jurisdiction, LocalDateTime local, boolean open) {
        assertThat(POLICIES.get(jurisdiction).isOpenAt(local, false)).isEqualTo(open);
    }

    @Test
    void colombia_is_closed_on_public_holidays_even_inside_the_window() {
        assertThat(POLICIES.get(Jurisdiction.CO).isOpenAt(LocalDateTime.parse("2026-03-23T10:00"), true))
                .isFalse();
    }

    @Test
    void policies_without_the_holiday_rule_stay_open_on_holidays() {
        assertThat(POLICIES.get(Jurisdiction.US).isOpenAt(LocalDateTime.parse("2026-07-04T10:00"), true))
                .isTrue();
    }

    @Test
    void a_weekday_without_window_has_no_window() {
        var co = POLICIES.get(Jurisdiction.CO);

        assertThat(co.windowOn(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(co.windowOn(DayOfWeek.SATURDAY))
                .get()
                .extracting(ContactWindow::end)
                .isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void next_opening_is_now_when_open() {
        var now = LocalDateTime.parse("2026-03-09T10:00");

        assertThat(POLICIES.get(Jurisdiction.US).nextOpening(now, NO_HOLIDAYS)).contains(now);
    }

    @Test
    void next_opening_after_the_window_closes_is_the_next_morning() {
        assertThat(POLICIES.get(Jurisdiction.US).nextOpening(LocalDateTime.parse("2026-03-09T21:00"), NO_HOLIDAYS))
                .contains(LocalDateTime.parse("2026-03-10T08:00"));
    }

    @Test
    void next_opening_before_the_window_is_the_same_day() {
        assertThat(POLICIES.get(Jurisdiction.MX).nextOpening(LocalDateTime.parse("2026-03-09T05:30"), NO_HOLIDAYS))
                .contains(LocalDateTime.parse("2026-03-09T07:00"));
    }

    @Test
    void next_opening_skips_sunday_and_a_monday_holiday_in_colombia() {
        Predicate<LocalDate> holidays = date -> date.equals(LocalDate.parse("2026-03-23"));

        assertThat(POLICIES.get(Jurisdiction.CO).nextOpening(LocalDateTime.parse("2026-03-21T15:00"), holidays))
                .contains(LocalDateTime.parse("2026-03-24T07:00"));
    }

    @Test
    void a_policy_with_no_window_never_opens() {
        var closed =
                ContactPolicy.of(Jurisdiction.DEFAULT, LocalDate.of(2026, 1, 1)).build();

        assertThat(closed.nextOpening(LocalDateTime.parse("2026-03-09T10:00"), NO_HOLIDAYS))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: conversation on 1 March -> calls from {1}")
    @CsvSource({"US, 2026-03-08", "MX, 2026-03-08", "DEFAULT, 2026-03-03", "CO, 2026-03-01", "CL, 2026-03-01"})
    void the_day_of_the_conversation_is_day_one_of_the_quiet_period(Jurisdiction jurisdiction, LocalDate firstCallDay) {
        var policy = POLICIES.get(jurisdiction);
        var conversation = LocalDate.of(2026, 3, 1);

        assertThat(policy.firstCallDayAfterConversation(conversation)).isEqualTo(firstCallDay);
        assertThat(policy.allowsCallOn(firstCallDay, conversation)).isTrue();
        if (firstCallDay.isAfter(conversation)) {
            assertThat(policy.allowsCallOn(firstCallDay.minusDays(1), conversation))
                    .isFalse();
        }
    }

    @Test
    void a_week_is_seven_days_ending_on_the_day_of_the_contact() {
        var cap = POLICIES.get(Jurisdiction.US).callAttemptCap().orElseThrow();

        assertThat(cap).isEqualTo(new RollingCap(7, 7));
        assertThat(cap.windowStart(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(cap.allowsAnother(6)).isTrue();
        assertThat(cap.allowsAnother(7)).isFalse();
    }

    @Test
    void chile_spaces_written_messages_two_days_apart() {
        var cl = POLICIES.get(Jurisdiction.CL);

        assertThat(cl.firstWrittenDayAfter(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(cl.writtenPerWeekCap()).contains(new RollingCap(2, 7));
        assertThat(cl.callAttemptCap()).contains(new RollingCap(1, 7));
    }

    @Test
    void colombia_caps_contacts_over_all_channels_per_day_and_week() {
        var co = POLICIES.get(Jurisdiction.CO);

        assertThat(co.contactsPerDayCap()).contains(new RollingCap(1, 1));
        assertThat(co.contactsPerWeekCap()).contains(new RollingCap(2, 7));
        assertThat(co.callAttemptCap()).isEmpty();
    }

    @Test
    void two_windows_on_one_day_are_refused() {
        var builder = ContactPolicy.of(Jurisdiction.DEFAULT, LocalDate.of(2026, 1, 1))
                .open(Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(12, 0))
                .open(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(14, 0), LocalTime.of(18, 0));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_the_us_honours_opt_out_for_written_channels() {
        assertThat(POLICIES.values())
                .filteredOn(policy -> !policy.writtenChannelsNeedConsent())
                .extracting(ContactPolicy::jurisdiction)
                .containsExactly(Jurisdiction.US);
    }
}
