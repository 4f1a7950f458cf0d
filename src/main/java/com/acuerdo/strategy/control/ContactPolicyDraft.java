package com.acuerdo.strategy.control;

import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.RollingCap;
import com.acuerdo.contact.entity.WrittenChannelRule;
import com.acuerdo.customer.entity.Jurisdiction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A jurisdiction's contact policy as the screen edits it: the hours of each weekday (closed = no
 * contact that day) and the caps (null = the jurisdiction sets none).
 */
public record ContactPolicyDraft(
        Jurisdiction jurisdiction,
        List<DayHours> days,
        boolean closedOnPublicHolidays,
        Integer callAttemptsMax,
        Integer callAttemptsDays,
        Integer contactsPerDayMax,
        Integer contactsPerWeekMax,
        Integer writtenPerWeekMax,
        Integer writtenMinDaysApart,
        Integer quietDaysAfterConversation,
        WrittenChannelRule writtenChannelRule) {

    public record DayHours(DayOfWeek day, boolean open, LocalTime start, LocalTime end) {}

    public ContactPolicyDraft {
        days = days == null ? List.of() : List.copyOf(days);
    }

    /** The stored policy's figures, to edit. */
    public static ContactPolicyDraft of(ContactPolicy policy) {
        var days = Arrays.stream(DayOfWeek.values())
                .map(day -> policy.windowOn(day)
                        .map(w -> new DayHours(day, true, w.start(), w.end()))
                        .orElse(new DayHours(day, false, null, null)))
                .toList();
        return new ContactPolicyDraft(
                policy.jurisdiction(),
                days,
                policy.isClosedOnPublicHolidays(),
                policy.callAttemptCap().map(RollingCap::count).orElse(null),
                policy.callAttemptCap().map(RollingCap::days).orElse(null),
                policy.contactsPerDayCap().map(RollingCap::count).orElse(null),
                policy.contactsPerWeekCap().map(RollingCap::count).orElse(null),
                policy.writtenPerWeekCap().map(RollingCap::count).orElse(null),
                policy.writtenMinDaysApart().orElse(null),
                policy.quietDaysAfterConversation().orElse(null),
                policy.writtenChannelRule());
    }

    /** The policy row; call only with a draft {@link ConfigurationRules#contactPolicy} accepts. */
    public ContactPolicy toPolicy(LocalDate effectiveFrom) {
        var builder = ContactPolicy.of(jurisdiction, effectiveFrom).writtenChannels(writtenChannelRule);
        days.stream().filter(DayHours::open).forEach(d -> builder.open(Set.of(d.day()), d.start(), d.end()));
        if (closedOnPublicHolidays) {
            builder.closedOnPublicHolidays();
        }
        if (callAttemptsMax != null) {
            builder.callAttempts(callAttemptsMax, callAttemptsDays);
        }
        if (contactsPerDayMax != null) {
            builder.contactsPerDay(contactsPerDayMax);
        }
        if (contactsPerWeekMax != null) {
            builder.contactsPerWeek(contactsPerWeekMax);
        }
        if (writtenPerWeekMax != null) {
            builder.writtenPerWeek(writtenPerWeekMax, writtenMinDaysApart == null ? 0 : writtenMinDaysApart);
        }
        if (quietDaysAfterConversation != null) {
            builder.quietDaysAfterConversation(quietDaysAfterConversation);
        }
        return builder.build();
    }
}
