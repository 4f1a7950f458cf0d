package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.WrittenChannelRule;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.platform.rules.Reason;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactPolicyRulesTest {

    @Test
    void a_sound_policy_passes_and_round_trips_through_the_entity() {
        var draft = draft("08:00", "21:00", 3, 7, 1, 3);
        assertThat(ConfigurationRules.contactPolicy(draft)).isEmpty();
        var policy = draft.toPolicy(LocalDate.of(2026, 3, 11));
        assertThat(ContactPolicyDraft.of(policy)).isEqualTo(draft);
    }

    @ParameterizedTest
    @CsvSource({"08:00, 08:01, ", "08:00, 08:00, CFG_HOURS_END_BEFORE_START", "21:00, 08:00, CFG_HOURS_END_BEFORE_START"
    })
    void hours_must_end_after_they_start(String start, String end, String expected) {
        var reasons = ConfigurationRules.contactPolicy(draft(start, end, 3, 7, 1, 3));
        assertThat(reasons.stream().map(Reason::code).distinct())
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void the_refusal_names_the_day_and_the_hours() {
        var reasons = ConfigurationRules.contactPolicy(draft("21:00", "08:00", 3, 7, 1, 3));
        assertThat(reasons)
                .contains(Reason.of("CFG_HOURS_END_BEFORE_START", "day", "MONDAY", "start", "21:00", "end", "08:00"));
    }

    @ParameterizedTest
    @CsvSource({"1, 1, ", "2, 3, ", "3, 2, CFG_WEEKLY_CAP_BELOW_DAILY", "1, 0, CFG_WEEKLY_CAP_BELOW_DAILY"})
    void the_weekly_cap_is_not_below_the_daily_one(int daily, int weekly, String expected) {
        var reasons = ConfigurationRules.contactPolicy(draft("08:00", "21:00", 3, 7, daily, weekly));
        assertThat(reasons.stream().map(Reason::code))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void a_call_cap_needs_its_count_and_at_least_one_day() {
        assertThat(ConfigurationRules.contactPolicy(draft("08:00", "21:00", 3, null, 1, 3)))
                .extracting(Reason::code)
                .containsExactly("CFG_CALL_CAP_INCOMPLETE");
        assertThat(ConfigurationRules.contactPolicy(draft("08:00", "21:00", 3, 0, 1, 3)))
                .extracting(Reason::code)
                .containsExactly("CFG_CALL_CAP_DAYS");
    }

    @Test
    void caps_are_not_negative_and_absent_caps_are_allowed() {
        assertThat(ConfigurationRules.contactPolicy(draft("08:00", "21:00", null, null, null, null)))
                .isEmpty();
        assertThat(ConfigurationRules.contactPolicy(draft("08:00", "21:00", -1, 7, 0, 0)))
                .containsExactly(Reason.of("CFG_CAP_NEGATIVE", "field", "callAttemptsMax", "value", -1));
    }

    @Test
    void a_policy_opens_at_least_one_day() {
        var closed = new ContactPolicyDraft(
                Jurisdiction.MX,
                Arrays.stream(DayOfWeek.values())
                        .map(day -> new ContactPolicyDraft.DayHours(day, false, null, null))
                        .toList(),
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                WrittenChannelRule.CONSENT_REQUIRED);
        assertThat(ConfigurationRules.contactPolicy(closed))
                .extracting(Reason::code)
                .containsExactly("CFG_NO_CONTACT_DAY");
    }

    @Test
    void the_stored_default_policies_read_back_as_valid_drafts() {
        var policy = ContactPolicy.of(Jurisdiction.US, LocalDate.of(2026, 1, 1))
                .open(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(8, 0), LocalTime.of(21, 0))
                .callAttempts(7, 7)
                .build();
        var draft = ContactPolicyDraft.of(policy);
        assertThat(draft.days()).hasSize(7);
        assertThat(draft.days().get(2).open()).isFalse();
        assertThat(ConfigurationRules.contactPolicy(draft)).isEmpty();
    }

    /** Mondays to Fridays open with the same hours; Saturdays and Sundays closed. */
    private static ContactPolicyDraft draft(
            String start, String end, Integer callMax, Integer callDays, Integer daily, Integer weekly) {
        var days = Arrays.stream(DayOfWeek.values())
                .map(day -> day.getValue() <= 5
                        ? new ContactPolicyDraft.DayHours(day, true, LocalTime.parse(start), LocalTime.parse(end))
                        : new ContactPolicyDraft.DayHours(day, false, null, null))
                .toList();
        return new ContactPolicyDraft(
                Jurisdiction.MX,
                days,
                true,
                callMax,
                callDays,
                daily,
                weekly,
                2,
                2,
                7,
                WrittenChannelRule.CONSENT_REQUIRED);
    }
}
