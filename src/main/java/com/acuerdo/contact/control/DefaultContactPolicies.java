package com.acuerdo.contact.control;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;

import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.WrittenChannelRule;
import com.acuerdo.customer.entity.Jurisdiction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The contact policies the department starts with, exactly as the table in DESIGN.md "Contact
 * rules". Admins change the figures later with new rows and an effective date.
 */
public final class DefaultContactPolicies {

    /** Early enough that every business date finds a policy in force. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2000, 1, 1);

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(MONDAY, FRIDAY);
    private static final Set<DayOfWeek> MONDAY_TO_SATURDAY = EnumSet.range(MONDAY, SATURDAY);

    private DefaultContactPolicies() {}

    public static List<ContactPolicy> all() {
        return List.of(us(), mx(), co(), cl(), fallback());
    }

    /** Regulation F (12 CFR 1006): 08–21 every day, 7 calls in 7 days, 7 quiet days after a conversation. */
    public static ContactPolicy us() {
        return ContactPolicy.of(Jurisdiction.US, EFFECTIVE_FROM)
                .open(EVERY_DAY, time(8), time(21))
                .callAttempts(7, 7)
                .quietDaysAfterConversation(7)
                .writtenChannels(WrittenChannelRule.OPT_OUT_HONOURED)
                .build();
    }

    /**
     * CONDUSEF: 07–22 every day; the caps are policy values, set like the US defaults (7 calls in 7
     * days, 7 quiet days after a conversation); written channels need consent.
     */
    public static ContactPolicy mx() {
        return ContactPolicy.of(Jurisdiction.MX, EFFECTIVE_FROM)
                .open(EVERY_DAY, time(7), time(22))
                .callAttempts(7, 7)
                .quietDaysAfterConversation(7)
                .writtenChannels(WrittenChannelRule.CONSENT_REQUIRED)
                .build();
    }

    /**
     * Ley 2300 de 2023: Mon–Fri 07–19, Sat 08–15, never Sundays or public holidays; at most one
     * contact a day and two a week over all channels; only channels the client authorised.
     */
    public static ContactPolicy co() {
        return ContactPolicy.of(Jurisdiction.CO, EFFECTIVE_FROM)
                .open(MONDAY_TO_FRIDAY, time(7), time(19))
                .open(EnumSet.of(SATURDAY), time(8), time(15))
                .closedOnPublicHolidays()
                .contactsPerDay(1)
                .contactsPerWeek(2)
                .writtenChannels(WrittenChannelRule.CONSENT_REQUIRED)
                .build();
    }

    /**
     * Ley 21.320: Mon–Sat 08–20; one call or visit a week; at most two written messages a week, at
     * least two days apart. The table sets no consent rule; we ask for consent, the careful choice.
     */
    public static ContactPolicy cl() {
        return ContactPolicy.of(Jurisdiction.CL, EFFECTIVE_FROM)
                .open(MONDAY_TO_SATURDAY, time(8), time(20))
                .callAttempts(1, 7)
                .writtenPerWeek(2, 2)
                .writtenChannels(WrittenChannelRule.CONSENT_REQUIRED)
                .build();
    }

    /** Everyone else: Mon–Sat 08–20, 3 calls a week, 2 quiet days after a conversation, consent. */
    public static ContactPolicy fallback() {
        return ContactPolicy.of(Jurisdiction.DEFAULT, EFFECTIVE_FROM)
                .open(MONDAY_TO_SATURDAY, time(8), time(20))
                .callAttempts(3, 7)
                .quietDaysAfterConversation(2)
                .writtenChannels(WrittenChannelRule.CONSENT_REQUIRED)
                .build();
    }

    private static LocalTime time(int hour) {
        return LocalTime.of(hour, 0);
    }
}
