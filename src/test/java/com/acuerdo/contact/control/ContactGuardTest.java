package com.acuerdo.contact.control;

import static com.acuerdo.contact.control.ReasonCode.AFTER_CONVERSATION;
import static com.acuerdo.contact.control.ReasonCode.CALL_CAP;
import static com.acuerdo.contact.control.ReasonCode.CEASE_REQUESTED;
import static com.acuerdo.contact.control.ReasonCode.CONFIRMATION_CHANNEL;
import static com.acuerdo.contact.control.ReasonCode.DISPUTED;
import static com.acuerdo.contact.control.ReasonCode.OPTED_OUT;
import static com.acuerdo.contact.control.ReasonCode.OUTSIDE_HOURS;
import static com.acuerdo.contact.control.ReasonCode.PAUSED;
import static com.acuerdo.contact.control.ReasonCode.THIRD_PARTY;
import static com.acuerdo.contact.control.ReasonCode.WEEKLY_CAP;
import static com.acuerdo.contact.control.ReasonCode.WRITTEN_CAP;
import static com.acuerdo.contact.control.ReasonCode.WRITTEN_GAP;
import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.ContactPurpose;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.contact.entity.PublicHoliday;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.customer.entity.Jurisdiction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contact guard on the edges of every rule of DESIGN.md. Dates: 2026-03-09 is a Monday; the US
 * went to daylight-saving time on Sunday 2026-03-08 and back on Sunday 2026-11-01; Santiago went
 * back from -03 to -04 at the end of Saturday 2026-04-04; Colombia's San José holiday is Monday
 * 2026-03-23.
 */
class ContactGuardTest {

    private static final ContactGuard GUARD = new ContactGuard();

    // ---------------------------------------------------------------- hours

    @ParameterizedTest(name = "{0} in {1} at {2} local, {3} -> allowed {4}")
    @CsvSource({
        "US, America/New_York, 2026-03-11T07:59, CALL, false",
        "US, America/New_York, 2026-03-11T08:00, CALL, true",
        "US, America/New_York, 2026-03-11T20:59, CALL, true",
        "US, America/New_York, 2026-03-11T21:00, CALL, false",
        "US, America/Chicago, 2026-03-15T08:00, CALL, true",
        "MX, America/Mexico_City, 2026-03-15T06:59, CALL, false",
        "MX, America/Mexico_City, 2026-03-15T07:00, CALL, true",
        "MX, America/Mexico_City, 2026-03-15T21:59, CALL, true",
        "MX, America/Mexico_City, 2026-03-15T22:00, CALL, false",
        "CO, America/Bogota, 2026-03-11T06:59, CALL, false",
        "CO, America/Bogota, 2026-03-11T07:00, CALL, true",
        "CO, America/Bogota, 2026-03-11T18:59, CALL, true",
        "CO, America/Bogota, 2026-03-11T19:00, CALL, false",
        "CO, America/Bogota, 2026-03-14T07:59, LETTER, false",
        "CO, America/Bogota, 2026-03-14T08:00, LETTER, true",
        "CO, America/Bogota, 2026-03-14T14:59, VISIT, true",
        "CO, America/Bogota, 2026-03-14T15:00, VISIT, false",
        "CL, America/Santiago, 2026-03-14T07:59, CALL, false",
        "CL, America/Santiago, 2026-03-14T08:00, CALL, true",
        "CL, America/Santiago, 2026-03-14T19:59, SMS, true",
        "CL, America/Santiago, 2026-03-14T20:00, SMS, false",
        "DEFAULT, Europe/Madrid, 2026-03-11T07:59, CALL, false",
        "DEFAULT, Europe/Madrid, 2026-03-11T08:00, CALL, true",
        "DEFAULT, Europe/Madrid, 2026-03-11T19:59, EMAIL, true",
        "DEFAULT, Europe/Madrid, 2026-03-11T20:00, EMAIL, false",
    })
    void allowed_hours_at_their_edge_minutes_in_the_clients_time(
            Jurisdiction jurisdiction, String zone, LocalDateTime local, Channel channel, boolean allowed) {
        var decision = GUARD.decide(situation(jurisdiction, zone), ContactIntent.of(channel, at(local, zone)));

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.codes()).containsExactly(OUTSIDE_HOURS);
            var reason = decision.reason(OUTSIDE_HOURS).orElseThrow();
            assertThat(reason.param("zone")).isEqualTo(zone);
            assertThat(reason.param("localTime")).isEqualTo(local.toLocalTime().toString());
        }
    }

    @ParameterizedTest(name = "{0}: {2} at {1} -> next {3}")
    @CsvSource({
        // Before the opening: the same day's opening; after closing: the next day's opening.
        "US, 2026-03-11T06:30, America/New_York, 2026-03-11T12:00:00Z",
        "US, 2026-03-11T21:00, America/New_York, 2026-03-12T12:00:00Z",
        // Saturday evening in Colombia: Sunday closed, Monday 07:00 (Bogota is UTC-5 all year).
        "CO, 2026-03-14T15:00, America/Bogota, 2026-03-16T12:00:00Z",
        // Saturday evening before the San José Monday: Sunday and the holiday closed, Tuesday 07:00.
        "CO, 2026-03-21T16:00, America/Bogota, 2026-03-24T12:00:00Z",
        "CL, 2026-03-14T20:00, America/Santiago, 2026-03-16T11:00:00Z",
        "MX, 2026-03-11T22:30, America/Mexico_City, 2026-03-12T13:00:00Z",
        "DEFAULT, 2026-03-14T20:00, Europe/Madrid, 2026-03-16T07:00:00Z",
    })
    void the_next_allowed_instant_is_the_next_opening_in_the_clients_zone(
            Jurisdiction jurisdiction, LocalDateTime local, String zone, Instant expected) {
        var decision = GUARD.decide(situation(jurisdiction, zone), ContactIntent.of(Channel.CALL, at(local, zone)));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.nextAllowedAt()).isEqualTo(expected);
    }

    @Test
    void the_clients_zone_decides_not_the_agents() {
        // 10:30 for an agent in New York, 07:30 for the client in Los Angeles.
        var instant = Instant.parse("2026-03-11T14:30:00Z");

        var decision = GUARD.decide(
                situation(Jurisdiction.US, "America/Los_Angeles"), ContactIntent.of(Channel.CALL, instant));

        assertThat(decision.codes()).containsExactly(OUTSIDE_HOURS);
        assertThat(decision.reason(OUTSIDE_HOURS).orElseThrow().params())
                .containsEntry("zone", "America/Los_Angeles")
                .containsEntry("localTime", "07:30");
        assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-03-11T15:00:00Z"));
        assertThat(GUARD.decide(situation(Jurisdiction.US, "America/New_York"), ContactIntent.of(Channel.CALL, instant))
                        .allowed())
                .isTrue();
    }

    @ParameterizedTest(name = "{0} {1} -> allowed {2}")
    @CsvSource({
        // New York, spring forward on Sunday 2026-03-08: 08:00 local is 12:00Z that day, 13:00Z the day before.
        "America/New_York, 2026-03-07T12:59:00Z, false",
        "America/New_York, 2026-03-07T13:00:00Z, true",
        "America/New_York, 2026-03-08T11:59:00Z, false",
        "America/New_York, 2026-03-08T12:00:00Z, true",
        "America/New_York, 2026-03-08T01:59:00Z, true",
        "America/New_York, 2026-03-08T02:00:00Z, false",
        // Fall back on Sunday 2026-11-01: 08:00 local is 13:00Z again.
        "America/New_York, 2026-10-31T12:00:00Z, true",
        "America/New_York, 2026-11-01T12:59:00Z, false",
        "America/New_York, 2026-11-01T13:00:00Z, true",
        "America/New_York, 2026-11-02T01:59:00Z, true",
        "America/New_York, 2026-11-02T02:00:00Z, false",
    })
    void daylight_saving_nights_in_new_york(String zone, Instant instant, boolean allowed) {
        var decision = GUARD.decide(situation(Jurisdiction.US, zone), ContactIntent.of(Channel.CALL, instant));

        assertThat(decision.allowed()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "Santiago {0} -> allowed {1}")
    @CsvSource({
        // Saturday 2026-04-04 still at -03: 08:00 is 11:00Z, 20:00 is 23:00Z.
        "2026-04-04T10:59:00Z, false",
        "2026-04-04T11:00:00Z, true",
        "2026-04-04T22:59:00Z, true",
        "2026-04-04T23:00:00Z, false",
        // Monday 2026-04-06 at -04: 08:00 is 12:00Z.
        "2026-04-06T11:30:00Z, false",
        "2026-04-06T12:00:00Z, true",
    })
    void daylight_saving_night_in_santiago(Instant instant, boolean allowed) {
        var decision =
                GUARD.decide(situation(Jurisdiction.CL, "America/Santiago"), ContactIntent.of(Channel.CALL, instant));

        assertThat(decision.allowed()).isEqualTo(allowed);
    }

    @Test
    void across_the_fall_back_night_in_santiago_the_next_opening_is_monday_at_the_new_offset() {
        var saturdayEvening = Instant.parse("2026-04-04T23:30:00Z"); // 20:30 at -03

        var decision = GUARD.decide(
                situation(Jurisdiction.CL, "America/Santiago"), ContactIntent.of(Channel.CALL, saturdayEvening));

        assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-04-06T12:00:00Z"));
    }

    @Test
    void across_the_spring_forward_night_in_new_york_the_next_opening_is_at_the_new_offset() {
        var saturdayNight = Instant.parse("2026-03-08T02:00:00Z"); // Saturday 21:00 EST

        var decision = GUARD.decide(
                situation(Jurisdiction.US, "America/New_York"), ContactIntent.of(Channel.CALL, saturdayNight));

        assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-03-08T12:00:00Z")); // 08:00 EDT
    }

    // ---------------------------------------------------------------- Sundays and holidays

    @ParameterizedTest(name = "CO {0} -> {1}")
    @CsvSource({
        "2026-03-22T10:00, CLOSED_DAY", // Sunday
        "2026-03-23T10:00, HOLIDAY", // San José, moved to Monday
        "2026-03-20T10:00, ''", // Friday before
        "2026-03-24T07:00, ''", // Tuesday after
    })
    void colombia_closes_on_sundays_and_public_holidays(LocalDateTime local, String expected) {
        var zone = "America/Bogota";
        var decision = GUARD.decide(situation(Jurisdiction.CO, zone), ContactIntent.of(Channel.CALL, at(local, zone)));

        if (expected.isEmpty()) {
            assertThat(decision.allowed()).isTrue();
        } else {
            assertThat(decision.codes()).containsExactly(ReasonCode.valueOf(expected));
            assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-03-24T12:00:00Z"));
        }
    }

    @Test
    void a_holiday_does_not_close_a_jurisdiction_whose_policy_stays_open() {
        var zone = "America/Mexico_City";
        var constitutionDay = LocalDateTime.parse("2026-02-02T10:00"); // a Mexican public holiday

        var decision = GUARD.decide(
                situation(Jurisdiction.MX, zone), ContactIntent.of(Channel.CALL, at(constitutionDay, zone)));

        assertThat(decision.allowed()).isTrue();
    }

    @ParameterizedTest(name = "{0} on Sunday -> {1}")
    @CsvSource({"CL, America/Santiago, CLOSED_DAY", "DEFAULT, Europe/Madrid, CLOSED_DAY", "US, America/New_York, ''"})
    void sundays_are_closed_where_the_policy_has_no_sunday_window(Jurisdiction jurisdiction, String zone, String code) {
        var decision = GUARD.decide(
                situation(jurisdiction, zone),
                ContactIntent.of(Channel.CALL, at(LocalDateTime.parse("2026-03-15T11:00"), zone)));

        assertThat(decision.codes().stream().map(Enum::name).collect(Collectors.joining()))
                .isEqualTo(code);
    }

    // ---------------------------------------------------------------- call caps

    @ParameterizedTest(name = "{0} earlier calls in the week -> allowed {1}")
    @CsvSource({"6, true", "7, false"})
    void us_allows_the_seventh_call_in_seven_days_and_refuses_the_eighth(int earlierCalls, boolean allowed) {
        var zone = "America/New_York";
        // Spread over Tuesday 3rd to Sunday 8th (the window of Monday the 9th starts on the 3rd).
        var history = new ArrayList<PastContact>();
        for (int i = 0; i < earlierCalls; i++) {
            history.add(call(
                    LocalDateTime.parse("2026-03-03T10:00").plusDays(i % 6).plusMinutes(i),
                    zone,
                    ContactOutcome.NO_ANSWER));
        }
        var situation = situation(Jurisdiction.US, zone).withHistory(history);

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.CALL, at("2026-03-09T10:00", zone)));

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.codes()).containsExactly(CALL_CAP);
            assertThat(decision.reason(CALL_CAP).orElseThrow().params())
                    .containsEntry("count", "7")
                    .containsEntry("max", "7")
                    .containsEntry("days", "7");
            // Tuesday 10th: the window 4th–10th holds the calls of the 4th … 8th only (the 3rd's two dropped).
            assertThat(decision.nextAllowedAt()).isEqualTo(at("2026-03-10T08:00", zone));
        }
    }

    @Test
    void a_call_outside_the_seven_day_window_no_longer_counts() {
        var zone = "America/New_York";
        var history = new ArrayList<PastContact>();
        for (int i = 0; i < 7; i++) {
            history.add(
                    call(LocalDateTime.parse("2026-03-02T23:00"), zone, ContactOutcome.NO_ANSWER)); // Monday 2nd, late
        }
        var situation = situation(Jurisdiction.US, zone).withHistory(history);

        assertThat(GUARD.decide(situation, ContactIntent.of(Channel.CALL, at("2026-03-08T20:59", zone)))
                        .allowed())
                .isFalse();
        assertThat(GUARD.decide(situation, ContactIntent.of(Channel.CALL, at("2026-03-09T08:00", zone)))
                        .allowed())
                .isTrue();
    }

    @Test
    void inbound_contacts_and_failed_messages_do_not_count() {
        var zone = "America/New_York";
        var history = new ArrayList<PastContact>();
        for (int i = 0; i < 10; i++) {
            history.add(new PastContact(
                    at("2026-03-05T10:00", zone).plusSeconds(i),
                    Channel.CALL,
                    Direction.INBOUND,
                    ContactOutcome.RIGHT_PARTY,
                    ContactPurpose.COLLECTION));
            history.add(call(LocalDateTime.parse("2026-03-06T10:00").plusMinutes(i), zone, ContactOutcome.FAILED));
        }
        var situation = situation(Jurisdiction.US, zone).withHistory(history);

        assertThat(GUARD.decide(situation, ContactIntent.of(Channel.CALL, at("2026-03-09T10:00", zone)))
                        .allowed())
                .isTrue();
    }

    @ParameterizedTest(name = "conversation on day 1, call on {0} -> allowed {1}")
    @CsvSource({
        "2026-03-02T09:00, false", // the same day
        "2026-03-08T20:59, false", // day 7
        "2026-03-09T08:00, true", // day 8
    })
    void us_keeps_seven_quiet_days_after_a_conversation_counting_its_day_as_day_one(
            LocalDateTime local, boolean allowed) {
        var zone = "America/New_York";
        var situation = situation(Jurisdiction.US, zone)
                .withHistory(List.of(call(LocalDateTime.parse("2026-03-02T08:30"), zone, ContactOutcome.RIGHT_PARTY)));

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.CALL, at(local, zone)));

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.codes()).containsExactly(AFTER_CONVERSATION);
            assertThat(decision.reason(AFTER_CONVERSATION).orElseThrow().params())
                    .containsEntry("conversationOn", "2026-03-02")
                    .containsEntry("callsFrom", "2026-03-09");
            assertThat(decision.nextAllowedAt()).isEqualTo(at("2026-03-09T08:00", zone));
        }
    }

    @Test
    void after_a_conversation_written_channels_stay_open_in_the_us() {
        var zone = "America/New_York";
        var situation = situation(Jurisdiction.US, zone)
                .withHistory(List.of(call(LocalDateTime.parse("2026-03-02T08:30"), zone, ContactOutcome.RIGHT_PARTY)));

        assertThat(GUARD.decide(situation, ContactIntent.of(Channel.EMAIL, at("2026-03-03T10:00", zone)))
                        .allowed())
                .isTrue();
    }

    @ParameterizedTest(name = "DEFAULT: conversation Monday, call on {0} -> allowed {1}")
    @CsvSource({"2026-03-10T10:00, false", "2026-03-11T08:00, true"})
    void default_keeps_two_quiet_days_after_a_conversation(LocalDateTime local, boolean allowed) {
        var zone = "Europe/Madrid";
        var situation = situation(Jurisdiction.DEFAULT, zone)
                .withHistory(List.of(call(LocalDateTime.parse("2026-03-09T19:00"), zone, ContactOutcome.RIGHT_PARTY)));

        assertThat(GUARD.decide(situation, ContactIntent.of(Channel.CALL, at(local, zone)))
                        .allowed())
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "DEFAULT: {0} earlier calls -> allowed {1}")
    @CsvSource({"2, true", "3, false"})
    void default_allows_three_calls_a_week(int earlierCalls, boolean allowed) {
        var zone = "Europe/Madrid";
        var history = new ArrayList<PastContact>();
        for (int i = 0; i < earlierCalls; i++) {
            history.add(call(LocalDateTime.parse("2026-03-05T10:00").plusDays(i), zone, ContactOutcome.NO_ANSWER));
        }
        var situation = situation(Jurisdiction.DEFAULT, zone).withHistory(history);

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.CALL, at("2026-03-11T10:00", zone)));

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.codes()).containsExactly(CALL_CAP);
            assertThat(decision.nextAllowedAt()).isEqualTo(at("2026-03-12T08:00", zone));
        }
    }

    // ---------------------------------------------------------------- weekly caps CL, CO

    @ParameterizedTest(name = "CL: call Monday 9th, {1} on {0} -> allowed {2}")
    @CsvSource({
        "2026-03-14T10:00, CALL, false",
        "2026-03-14T10:00, VISIT, false",
        "2026-03-16T08:00, CALL, true",
        "2026-03-10T10:00, LETTER, true",
    })
    void chile_allows_one_call_or_visit_a_week(LocalDateTime local, Channel channel, boolean allowed) {
        var zone = "America/Santiago";
        var situation = situation(Jurisdiction.CL, zone)
                .withHistory(List.of(call(LocalDateTime.parse("2026-03-09T10:00"), zone, ContactOutcome.NO_ANSWER)));

        var decision = GUARD.decide(situation, ContactIntent.of(channel, at(local, zone)));

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.codes()).containsExactly(CALL_CAP);
            assertThat(decision.reason(CALL_CAP).orElseThrow().params())
                    .containsEntry("count", "1")
                    .containsEntry("max", "1");
            assertThat(decision.nextAllowedAt()).isEqualTo(at("2026-03-16T08:00", zone));
        }
    }

    @ParameterizedTest(name = "CL: SMS on {0}, SMS on {1} -> {2}, next {3}")
    @CsvSource({
        "2026-03-09T10:00, 2026-03-10T10:00, WRITTEN_GAP, 2026-03-11T08:00",
        "2026-03-09T10:00, 2026-03-11T08:00, '', ''",
    })
    void chile_keeps_written_messages_two_days_apart(
            LocalDateTime earlier, LocalDateTime asked, String code, String next) {
        var zone = "America/Santiago";
        var situation = situation(Jurisdiction.CL, zone).withHistory(List.of(sms(earlier, zone)));

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.SMS, at(asked, zone)));

        if (code.isEmpty()) {
            assertThat(decision.allowed()).isTrue();
        } else {
            assertThat(decision.codes()).containsExactly(ReasonCode.valueOf(code));
            assertThat(decision.reason(WRITTEN_GAP).orElseThrow().params())
                    .containsEntry("lastOn", "2026-03-09")
                    .containsEntry("nextOn", "2026-03-11");
            assertThat(decision.nextAllowedAt()).isEqualTo(at(next, zone));
        }
    }

    @Test
    void chile_allows_two_written_messages_a_week() {
        var zone = "America/Santiago";
        var situation = situation(Jurisdiction.CL, zone)
                .withHistory(List.of(
                        sms(LocalDateTime.parse("2026-03-09T10:00"), zone),
                        email(LocalDateTime.parse("2026-03-11T10:00"), zone)));

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.EMAIL, at("2026-03-13T10:00", zone)));

        assertThat(decision.codes()).containsExactly(WRITTEN_CAP);
        assertThat(decision.reason(WRITTEN_CAP).orElseThrow().params())
                .containsEntry("count", "2")
                .containsEntry("max", "2");
        // Saturday 14th still holds both (8th–14th), Sunday is closed, Monday 16th holds only the 11th.
        assertThat(decision.nextAllowedAt()).isEqualTo(at("2026-03-16T08:00", zone));
    }

    @ParameterizedTest(name = "CO: {0} -> {2}")
    @CsvSource({
        // One contact a day over every channel.
        "2026-03-09T09:00, LETTER, DAILY_CAP, 2026-03-10T07:00",
        "2026-03-10T07:00, CALL, '', ''",
    })
    void colombia_allows_one_contact_a_day_over_all_channels(
            LocalDateTime local, Channel channel, String code, String next) {
        var zone = "America/Bogota";
        var situation = situation(Jurisdiction.CO, zone)
                .withHistory(List.of(email(LocalDateTime.parse("2026-03-09T08:00"), zone)));

        var decision = GUARD.decide(situation, ContactIntent.of(channel, at(local, zone)));

        if (code.isEmpty()) {
            assertThat(decision.allowed()).isTrue();
        } else {
            assertThat(decision.codes()).containsExactly(ReasonCode.valueOf(code));
            assertThat(decision.nextAllowedAt()).isEqualTo(at(next, zone));
        }
    }

    @Test
    void colombia_allows_two_contacts_a_week_over_all_channels() {
        var zone = "America/Bogota";
        var situation = situation(Jurisdiction.CO, zone)
                .withHistory(List.of(
                        call(LocalDateTime.parse("2026-03-09T10:00"), zone, ContactOutcome.NO_ANSWER),
                        sms(LocalDateTime.parse("2026-03-10T10:00"), zone)));

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.CALL, at("2026-03-11T10:00", zone)));

        assertThat(decision.codes()).containsExactly(WEEKLY_CAP);
        assertThat(decision.reason(WEEKLY_CAP).orElseThrow().params())
                .containsEntry("count", "2")
                .containsEntry("max", "2")
                .containsEntry("days", "7");
        // Saturday 14th still holds both (8th–14th), Sunday closed, Monday 16th holds only the 10th.
        assertThat(decision.nextAllowedAt()).isEqualTo(at("2026-03-16T07:00", zone));
    }

    // ---------------------------------------------------------------- written channels

    @ParameterizedTest(name = "{0}: {1} with consent sms={2} email={3} -> {4}")
    @CsvSource({
        "US, SMS, false, false, ''", // opt-out honoured: no consent needed
        "MX, SMS, false, true, NO_CONSENT",
        "MX, EMAIL, false, true, ''",
        "CO, EMAIL, true, false, NO_CONSENT",
        "CL, SMS, false, false, NO_CONSENT",
        "DEFAULT, EMAIL, true, false, NO_CONSENT",
        "DEFAULT, LETTER, false, false, ''",
        "MX, CALL, false, false, ''",
    })
    void written_channels_need_consent_where_the_jurisdiction_asks_for_it(
            Jurisdiction jurisdiction, Channel channel, boolean sms, boolean email, String code) {
        var zone = "America/Mexico_City";
        var situation = situation(jurisdiction, zone).withConsents(sms, email);

        var decision = GUARD.decide(situation, ContactIntent.of(channel, at("2026-03-11T10:00", zone)));

        assertThat(decision.codes().stream().map(Enum::name).collect(Collectors.joining()))
                .isEqualTo(code);
        if (!code.isEmpty()) {
            assertThat(decision.nextAllowedAt())
                    .as("consent does not come with time")
                    .isNull();
        }
    }

    @ParameterizedTest(name = "{0} opt-out blocks {1} -> {2}")
    @CsvSource({
        "NO_SMS, SMS, true",
        "NO_SMS, EMAIL, false",
        "NO_EMAIL, EMAIL, true",
        "NO_CALL, CALL, true",
        "NO_CALL, VISIT, false",
        "NO_CALL, SMS, false",
    })
    void an_opt_out_closes_its_channel_only(RestrictionType optOut, Channel channel, boolean refused) {
        var zone = "America/New_York";
        var situation = situation(Jurisdiction.US, zone)
                .withRestrictions(List.of(ActiveRestriction.open(optOut, LocalDate.parse("2026-03-01"))));

        var decision = GUARD.decide(situation, ContactIntent.of(channel, at("2026-03-11T10:00", zone)));

        assertThat(decision.allowed()).isEqualTo(!refused);
        if (refused) {
            assertThat(decision.codes()).containsExactly(OPTED_OUT);
            assertThat(decision.nextAllowedAt()).isNull();
        }
    }

    // ---------------------------------------------------------------- cease, dispute, pause, third parties

    @ParameterizedTest(name = "cease: {0} {1} -> allowed {2}")
    @CsvSource({
        "CALL, COLLECTION, false",
        "EMAIL, COLLECTION, false",
        "LETTER, COLLECTION, false",
        "LETTER, CEASE_CONFIRMATION, true",
        "EMAIL, CEASE_CONFIRMATION, true",
        "CALL, CEASE_CONFIRMATION, false",
    })
    void a_cease_request_allows_nothing_but_its_written_confirmation(
            Channel channel, ContactPurpose purpose, boolean allowed) {
        var zone = "America/Bogota";
        var situation = situation(Jurisdiction.CO, zone)
                .withRestrictions(List.of(ActiveRestriction.open(RestrictionType.CEASE, LocalDate.parse("2026-03-10"))))
                // Caps do not delay the confirmation: today's contact already filled Colombia's day.
                .withHistory(List.of(call(LocalDateTime.parse("2026-03-11T08:00"), zone, ContactOutcome.NO_ANSWER)));

        var decision = GUARD.decide(
                situation,
                ContactIntent.of(channel, at("2026-03-11T10:00", zone)).withPurpose(purpose));

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.codes()).contains(CEASE_REQUESTED);
            assertThat(decision.nextAllowedAt()).isNull();
        }
        if (purpose == ContactPurpose.CEASE_CONFIRMATION && !allowed) {
            assertThat(decision.codes()).contains(CONFIRMATION_CHANNEL);
        }
    }

    @Test
    void only_one_confirmation_of_a_cease_request() {
        var zone = "America/Bogota";
        var confirmation = new PastContact(
                at("2026-03-11T09:00", zone),
                Channel.LETTER,
                Direction.OUTBOUND,
                ContactOutcome.DELIVERED,
                ContactPurpose.CEASE_CONFIRMATION);
        var situation = situation(Jurisdiction.CO, zone)
                .withRestrictions(List.of(ActiveRestriction.open(RestrictionType.CEASE, LocalDate.parse("2026-03-10"))))
                .withHistory(List.of(confirmation));

        var decision = GUARD.decide(
                situation,
                ContactIntent.of(Channel.EMAIL, at("2026-03-12T10:00", zone))
                        .withPurpose(ContactPurpose.CEASE_CONFIRMATION));

        assertThat(decision.codes()).containsExactly(CEASE_REQUESTED);
        assertThat(decision.reason(CEASE_REQUESTED).orElseThrow().params()).containsEntry("confirmedOn", "2026-03-11");
    }

    @ParameterizedTest(name = "{0} until {1}: at {2} -> allowed {3}")
    @CsvSource({
        "DISPUTE, '', 2026-03-11T10:00, false",
        "DISPUTE, 2026-03-12, 2026-03-11T10:00, false",
        "DISPUTE, 2026-03-10, 2026-03-11T10:00, true",
        "PAUSE, 2026-03-12, 2026-03-11T10:00, false",
        "PAUSE, 2026-03-12, 2026-03-13T08:00, true",
    })
    void a_dispute_or_a_hardship_pause_stops_collection_contact_until_it_ends(
            RestrictionType type, String until, LocalDateTime local, boolean allowed) {
        var zone = "America/New_York";
        var restriction = new ActiveRestriction(
                type, LocalDate.parse("2026-03-01"), until.isEmpty() ? null : LocalDate.parse(until));
        var situation = situation(Jurisdiction.US, zone).withRestrictions(List.of(restriction));

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.CALL, at(local, zone)));

        assertThat(decision.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(decision.codes()).containsExactly(type == RestrictionType.DISPUTE ? DISPUTED : PAUSED);
            assertThat(decision.nextAllowedAt())
                    .isEqualTo(
                            until.isEmpty()
                                    ? null
                                    : at(LocalDate.parse(until).plusDays(1).atTime(8, 0), zone));
        }
    }

    @Test
    void never_a_third_party_about_the_debt() {
        var zone = "America/Mexico_City";

        var decision = GUARD.decide(
                situation(Jurisdiction.MX, zone),
                ContactIntent.of(Channel.CALL, at("2026-03-11T10:00", zone)).to(Recipient.THIRD_PARTY));

        assertThat(decision.codes()).containsExactly(THIRD_PARTY);
        assertThat(decision.nextAllowedAt()).isNull();
    }

    // ---------------------------------------------------------------- several reasons at once

    @Test
    void every_reason_is_listed_when_several_apply() {
        var zone = "America/New_York";
        var history = new ArrayList<PastContact>();
        for (int i = 0; i < 7; i++) {
            history.add(call(LocalDateTime.parse("2026-03-05T09:00").plusMinutes(i), zone, ContactOutcome.NO_ANSWER));
        }
        history.add(call(LocalDateTime.parse("2026-03-06T09:00"), zone, ContactOutcome.RIGHT_PARTY));
        var situation = situation(Jurisdiction.US, zone)
                .withRestrictions(List.of(
                        ActiveRestriction.open(RestrictionType.NO_CALL, LocalDate.parse("2026-03-07")),
                        new ActiveRestriction(
                                RestrictionType.DISPUTE, LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-20"))))
                .withHistory(history);

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.CALL, at("2026-03-09T22:15", zone)));

        assertThat(decision.codes())
                .containsExactlyInAnyOrder(OUTSIDE_HOURS, CALL_CAP, AFTER_CONVERSATION, OPTED_OUT, DISPUTED);
        assertThat(decision.reasons()).hasSize(5);
        assertThat(decision.reason(DISPUTED).orElseThrow().params()).containsEntry("until", "2026-03-20");
        assertThat(decision.nextAllowedAt()).as("the opt-out has no end").isNull();
    }

    @Test
    void the_next_allowed_instant_waits_for_every_rule_at_once() {
        var zone = "America/Bogota";
        // Colombia: a contact Monday 9th and Tuesday 10th (weekly cap until Monday 16th), a dispute until 17th.
        var situation = situation(Jurisdiction.CO, zone)
                .withHistory(List.of(
                        call(LocalDateTime.parse("2026-03-09T10:00"), zone, ContactOutcome.NO_ANSWER),
                        call(LocalDateTime.parse("2026-03-10T10:00"), zone, ContactOutcome.NO_ANSWER)))
                .withRestrictions(List.of(new ActiveRestriction(
                        RestrictionType.DISPUTE, LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-17"))));

        var decision = GUARD.decide(situation, ContactIntent.of(Channel.CALL, at("2026-03-11T19:30", zone)));

        assertThat(decision.codes()).containsExactlyInAnyOrder(WEEKLY_CAP, DISPUTED, OUTSIDE_HOURS);
        assertThat(decision.nextAllowedAt()).isEqualTo(at("2026-03-18T07:00", zone));
        assertThat(GUARD.decide(situation, ContactIntent.of(Channel.CALL, decision.nextAllowedAt()))
                        .allowed())
                .isTrue();
    }

    @Test
    void the_reason_text_starts_with_its_code() {
        var zone = "America/New_York";

        var decision = GUARD.decide(
                situation(Jurisdiction.US, zone), ContactIntent.of(Channel.CALL, at("2026-03-11T21:00", zone)));

        assertThat(decision.reasons().get(0).toString())
                .isEqualTo("OUTSIDE_HOURS{zone=America/New_York, localTime=21:00, opens=08:00, closes=21:00}");
    }

    // ---------------------------------------------------------------- builders

    private static ContactSituation situation(Jurisdiction jurisdiction, String zone) {
        var holidays = Arrays.stream(new int[] {2026})
                .boxed()
                .flatMap(year -> DefaultPublicHolidays.forYears(year, year).stream())
                .filter(holiday -> holiday.jurisdiction() == jurisdiction)
                .map(PublicHoliday::date)
                .collect(Collectors.toSet());
        return ContactSituation.of(policy(jurisdiction), ZoneId.of(zone)).withHolidays(holidays);
    }

    private static ContactPolicy policy(Jurisdiction jurisdiction) {
        return switch (jurisdiction) {
            case US -> DefaultContactPolicies.us();
            case MX -> DefaultContactPolicies.mx();
            case CO -> DefaultContactPolicies.co();
            case CL -> DefaultContactPolicies.cl();
            case DEFAULT -> DefaultContactPolicies.fallback();
        };
    }

    private static Instant at(String local, String zone) {
        return at(LocalDateTime.parse(local), zone);
    }

    private static Instant at(LocalDateTime local, String zone) {
        return local.atZone(ZoneId.of(zone)).toInstant();
    }

    private static PastContact call(LocalDateTime local, String zone, ContactOutcome outcome) {
        return PastContact.outbound(at(local, zone), Channel.CALL, outcome);
    }

    private static PastContact sms(LocalDateTime local, String zone) {
        return PastContact.outbound(at(local, zone), Channel.SMS, ContactOutcome.DELIVERED);
    }

    private static PastContact email(LocalDateTime local, String zone) {
        return PastContact.outbound(at(local, zone), Channel.EMAIL, ContactOutcome.DELIVERED);
    }
}
