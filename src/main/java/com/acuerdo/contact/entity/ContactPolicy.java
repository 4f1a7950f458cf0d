package com.acuerdo.contact.entity;

import com.acuerdo.customer.entity.Jurisdiction;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The figures of a jurisdiction's contact rules from a date on (DESIGN.md, "Contact rules"). The
 * rule kinds are code (the contact guard); the numbers here are data. All times are the client's
 * local time. A weekday without a window means no contact that day. An absent cap means the
 * jurisdiction sets none.
 */
@Entity
@Table(name = "contact_policy")
public class ContactPolicy {

    /** How far {@link #nextOpening} looks ahead; holiday runs are never this long. */
    private static final int LOOK_AHEAD_DAYS = 31;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_policy_seq")
    @SequenceGenerator(name = "contact_policy_seq", sequenceName = "contact_policy_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "jurisdiction", nullable = false, length = 10)
    private Jurisdiction jurisdiction;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_policy_window", joinColumns = @JoinColumn(name = "contact_policy_id"))
    private Set<ContactWindow> windows = new HashSet<>();

    @Column(name = "closed_on_public_holidays", nullable = false)
    private boolean closedOnPublicHolidays;

    @Column(name = "call_attempts_max")
    private Integer callAttemptsMax;

    @Column(name = "call_attempts_days")
    private Integer callAttemptsDays;

    /** Contacts over all channels together. */
    @Column(name = "contacts_per_day_max")
    private Integer contactsPerDayMax;

    @Column(name = "contacts_per_week_max")
    private Integer contactsPerWeekMax;

    @Column(name = "written_per_week_max")
    private Integer writtenPerWeekMax;

    @Column(name = "written_min_days_apart")
    private Integer writtenMinDaysApart;

    /**
     * Days without calls after a telephone conversation, counting the day of the conversation as
     * day 1: with 7, a conversation on the 1st blocks calls from the 1st to the 7th; the 8th is free.
     */
    @Column(name = "quiet_days_after_conversation")
    private Integer quietDaysAfterConversation;

    @Enumerated(EnumType.STRING)
    @Column(name = "written_channel_rule", nullable = false, length = 20)
    private WrittenChannelRule writtenChannelRule;

    @Version
    private long version;

    protected ContactPolicy() {}

    private ContactPolicy(Builder b) {
        this.jurisdiction = Objects.requireNonNull(b.jurisdiction, "jurisdiction");
        this.effectiveFrom = Objects.requireNonNull(b.effectiveFrom, "effectiveFrom");
        var days = new HashSet<DayOfWeek>();
        for (var window : b.windows) {
            if (!days.add(window.day())) {
                throw new IllegalArgumentException("one contact window per weekday: " + window.day());
            }
        }
        this.windows.addAll(b.windows);
        this.closedOnPublicHolidays = b.closedOnPublicHolidays;
        this.callAttemptsMax = b.callAttempts == null ? null : b.callAttempts.count();
        this.callAttemptsDays = b.callAttempts == null ? null : b.callAttempts.days();
        this.contactsPerDayMax = nonNegative(b.contactsPerDayMax, "contacts per day");
        this.contactsPerWeekMax = nonNegative(b.contactsPerWeekMax, "contacts per week");
        this.writtenPerWeekMax = nonNegative(b.writtenPerWeekMax, "written messages per week");
        this.writtenMinDaysApart = nonNegative(b.writtenMinDaysApart, "days between written messages");
        this.quietDaysAfterConversation = nonNegative(b.quietDaysAfterConversation, "quiet days");
        this.writtenChannelRule = Objects.requireNonNull(b.writtenChannelRule, "writtenChannelRule");
    }

    public static Builder of(Jurisdiction jurisdiction, LocalDate effectiveFrom) {
        return new Builder(jurisdiction, effectiveFrom);
    }

    private static Integer nonNegative(Integer value, String name) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative");
        }
        return value;
    }

    // --- hours ------------------------------------------------------------------------------

    /** The allowed hours of a weekday; empty = no contact at all that day. */
    public Optional<ContactWindow> windowOn(DayOfWeek day) {
        return windows.stream().filter(window -> window.day() == day).findFirst();
    }

    /**
     * Whether contact is allowed at this local time of the client.
     *
     * @param holiday whether the local date is a public holiday of the client's jurisdiction
     */
    public boolean isOpenAt(LocalDateTime local, boolean holiday) {
        if (holiday && closedOnPublicHolidays) {
            return false;
        }
        return windowOn(local.getDayOfWeek())
                .map(window -> window.contains(local.toLocalTime()))
                .orElse(false);
    }

    /**
     * The first local moment at or after {@code from} when contact is allowed, for the guard's "next
     * allowed at". Empty when the policy opens on no day within a month.
     */
    public Optional<LocalDateTime> nextOpening(LocalDateTime from, Predicate<LocalDate> isHoliday) {
        if (isOpenAt(from, isHoliday.test(from.toLocalDate()))) {
            return Optional.of(from);
        }
        for (int offset = 0; offset <= LOOK_AHEAD_DAYS; offset++) {
            var date = from.toLocalDate().plusDays(offset);
            if (closedOnPublicHolidays && isHoliday.test(date)) {
                continue;
            }
            var window = windowOn(date.getDayOfWeek());
            if (window.isPresent()) {
                var opening = date.atTime(window.get().start());
                if (opening.isAfter(from)) {
                    return Optional.of(opening);
                }
            }
        }
        return Optional.empty();
    }

    // --- caps -------------------------------------------------------------------------------

    /** Call attempts on one person (calls and visits), e.g. 7 in any 7 days. */
    public Optional<RollingCap> callAttemptCap() {
        return callAttemptsMax == null
                ? Optional.empty()
                : Optional.of(new RollingCap(callAttemptsMax, callAttemptsDays));
    }

    /** Contacts over all channels on one calendar day. */
    public Optional<RollingCap> contactsPerDayCap() {
        return Optional.ofNullable(contactsPerDayMax).map(max -> new RollingCap(max, 1));
    }

    /** Contacts over all channels in 7 consecutive days ending on the day of the contact. */
    public Optional<RollingCap> contactsPerWeekCap() {
        return Optional.ofNullable(contactsPerWeekMax).map(max -> new RollingCap(max, 7));
    }

    /** SMS and e-mail in 7 consecutive days ending on the day of the contact. */
    public Optional<RollingCap> writtenPerWeekCap() {
        return Optional.ofNullable(writtenPerWeekMax).map(max -> new RollingCap(max, 7));
    }

    /**
     * The first day a written message may follow one sent on {@code lastWrittenDay}: "at least 2
     * days apart" means the 1st, then the 3rd.
     */
    public LocalDate firstWrittenDayAfter(LocalDate lastWrittenDay) {
        return writtenMinDaysApart == null ? lastWrittenDay : lastWrittenDay.plusDays(writtenMinDaysApart);
    }

    /**
     * The first day a call may follow a telephone conversation held on {@code conversationDay}. The
     * conversation day is day 1 of the quiet period, so 7 quiet days after the 1st free the 8th.
     */
    public LocalDate firstCallDayAfterConversation(LocalDate conversationDay) {
        return quietDaysAfterConversation == null
                ? conversationDay
                : conversationDay.plusDays(quietDaysAfterConversation);
    }

    public boolean allowsCallOn(LocalDate day, LocalDate lastConversationDay) {
        return !day.isBefore(firstCallDayAfterConversation(lastConversationDay));
    }

    /**
     * How many days of contact history (ending on the day of a contact) the rules of this policy
     * look at: the longest cap window, quiet period or gap between written messages.
     */
    public int lookBackDays() {
        int days = 7;
        for (Integer figure : new Integer[] {callAttemptsDays, quietDaysAfterConversation, writtenMinDaysApart}) {
            if (figure != null) {
                days = Math.max(days, figure);
            }
        }
        return days;
    }

    public boolean writtenChannelsNeedConsent() {
        return writtenChannelRule == WrittenChannelRule.CONSENT_REQUIRED;
    }

    // --- reading ----------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public List<ContactWindow> windows() {
        var sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(ContactWindow::day));
        return List.copyOf(sorted);
    }

    public boolean isClosedOnPublicHolidays() {
        return closedOnPublicHolidays;
    }

    public Optional<Integer> quietDaysAfterConversation() {
        return Optional.ofNullable(quietDaysAfterConversation);
    }

    public Optional<Integer> writtenMinDaysApart() {
        return Optional.ofNullable(writtenMinDaysApart);
    }

    public WrittenChannelRule writtenChannelRule() {
        return writtenChannelRule;
    }

    @Override
    public String toString() {
        return "ContactPolicy[" + jurisdiction + " from " + effectiveFrom + "]";
    }

    public static final class Builder {
        private final Jurisdiction jurisdiction;
        private final LocalDate effectiveFrom;
        private final List<ContactWindow> windows = new ArrayList<>();
        private boolean closedOnPublicHolidays;
        private RollingCap callAttempts;
        private Integer contactsPerDayMax;
        private Integer contactsPerWeekMax;
        private Integer writtenPerWeekMax;
        private Integer writtenMinDaysApart;
        private Integer quietDaysAfterConversation;
        private WrittenChannelRule writtenChannelRule = WrittenChannelRule.CONSENT_REQUIRED;

        private Builder(Jurisdiction jurisdiction, LocalDate effectiveFrom) {
            this.jurisdiction = jurisdiction;
            this.effectiveFrom = effectiveFrom;
        }

        /** The same hours on each of the given days. */
        public Builder open(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
            days.stream().sorted().forEach(day -> windows.add(new ContactWindow(day, start, end)));
            return this;
        }

        public Builder closedOnPublicHolidays() {
            this.closedOnPublicHolidays = true;
            return this;
        }

        public Builder callAttempts(int count, int days) {
            this.callAttempts = new RollingCap(count, days);
            return this;
        }

        public Builder contactsPerDay(int max) {
            this.contactsPerDayMax = max;
            return this;
        }

        public Builder contactsPerWeek(int max) {
            this.contactsPerWeekMax = max;
            return this;
        }

        public Builder writtenPerWeek(int max, int minDaysApart) {
            this.writtenPerWeekMax = max;
            this.writtenMinDaysApart = minDaysApart;
            return this;
        }

        public Builder quietDaysAfterConversation(int days) {
            this.quietDaysAfterConversation = days;
            return this;
        }

        public Builder writtenChannels(WrittenChannelRule rule) {
            this.writtenChannelRule = rule;
            return this;
        }

        public ContactPolicy build() {
            return new ContactPolicy(this);
        }
    }
}
