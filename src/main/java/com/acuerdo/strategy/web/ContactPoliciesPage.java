package com.acuerdo.strategy.web;

import com.acuerdo.contact.entity.PublicHoliday;
import com.acuerdo.contact.entity.WrittenChannelRule;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.strategy.boundary.ContactPolicies;
import com.acuerdo.strategy.boundary.ContactPolicyVersion;
import com.acuerdo.strategy.control.ContactPolicyDraft;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A jurisdiction's contact policy (hours per weekday, caps) from a date on, its versions, and its
 * public holidays. Admins schedule, supervisors propose; holidays are added or removed by admins.
 */
@Named
@ViewScoped
public class ContactPoliciesPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;

    /** One weekday of the form (mutable, unlike the draft). */
    public static final class DayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private boolean open;
        private LocalTime start;
        private LocalTime end;

        DayRow(DayOfWeek day, boolean open, LocalTime start, LocalTime end) {
            this.day = day;
            this.open = open;
            this.start = start;
            this.end = end;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }
    }

    @Inject
    ContactPolicies contactPolicies;

    private Jurisdiction jurisdiction = Jurisdiction.MX;
    private final List<DayRow> days = new ArrayList<>();
    private boolean closedOnPublicHolidays;
    private Integer callAttemptsMax;
    private Integer callAttemptsDays;
    private Integer contactsPerDayMax;
    private Integer contactsPerWeekMax;
    private Integer writtenPerWeekMax;
    private Integer writtenMinDaysApart;
    private Integer quietDaysAfterConversation;
    private WrittenChannelRule writtenChannelRule = WrittenChannelRule.CONSENT_REQUIRED;

    private List<ContactPolicyVersion> history = List.of();
    private List<PublicHoliday> holidays = List.of();
    private LocalDate holidayDate;
    private String holidayName;

    public void load() {
        if (jurisdiction == null) {
            jurisdiction = Jurisdiction.MX;
        }
        defaultEffectiveDate();
        var today = dates.today();
        fill(contactPolicies.contactPolicyOn(jurisdiction, today).orElse(null));
        history = contactPolicies.contactPolicyHistory(jurisdiction);
        holidays = contactPolicies.holidays(jurisdiction, today);
    }

    public void changeJurisdiction() {
        reason = null;
        load();
    }

    private void fill(ContactPolicyDraft policy) {
        days.clear();
        for (var day : DayOfWeek.values()) {
            var hours = policy == null
                    ? null
                    : policy.days().stream()
                            .filter(d -> d.day() == day)
                            .findFirst()
                            .orElse(null);
            days.add(
                    hours == null
                            ? new DayRow(day, false, null, null)
                            : new DayRow(day, hours.open(), hours.start(), hours.end()));
        }
        if (policy == null) {
            return;
        }
        closedOnPublicHolidays = policy.closedOnPublicHolidays();
        callAttemptsMax = policy.callAttemptsMax();
        callAttemptsDays = policy.callAttemptsDays();
        contactsPerDayMax = policy.contactsPerDayMax();
        contactsPerWeekMax = policy.contactsPerWeekMax();
        writtenPerWeekMax = policy.writtenPerWeekMax();
        writtenMinDaysApart = policy.writtenMinDaysApart();
        quietDaysAfterConversation = policy.quietDaysAfterConversation();
        writtenChannelRule = policy.writtenChannelRule();
    }

    public void save() {
        var draft = new ContactPolicyDraft(
                jurisdiction,
                days.stream()
                        .map(d -> new ContactPolicyDraft.DayHours(d.day, d.open, d.start, d.end))
                        .toList(),
                closedOnPublicHolidays,
                callAttemptsMax,
                callAttemptsDays,
                contactsPerDayMax,
                contactsPerWeekMax,
                writtenPerWeekMax,
                writtenMinDaysApart,
                quietDaysAfterConversation,
                writtenChannelRule);
        submit(
                () -> contactPolicies.scheduleContactPolicy(draft, effectiveFrom),
                () -> contactPolicies.proposeContactPolicy(draft, effectiveFrom, reason),
                () -> history = contactPolicies.contactPolicyHistory(jurisdiction));
    }

    public void addHoliday() {
        act(
                () -> contactPolicies.addHoliday(jurisdiction, holidayDate, holidayName),
                () -> {
                    holidayDate = null;
                    holidayName = null;
                    holidays = contactPolicies.holidays(jurisdiction, dates.today());
                },
                "cfg.holiday.added",
                holidayDate);
    }

    public void removeHoliday(PublicHoliday holiday) {
        act(
                () -> contactPolicies.removeHoliday(holiday.id()),
                () -> holidays = contactPolicies.holidays(jurisdiction, dates.today()),
                "cfg.holiday.removed",
                holiday.date());
    }

    public Jurisdiction[] getJurisdictions() {
        return Jurisdiction.values();
    }

    public WrittenChannelRule[] getWrittenRules() {
        return WrittenChannelRule.values();
    }

    public List<DayRow> getDays() {
        return days;
    }

    public List<ContactPolicyVersion> getHistory() {
        return history;
    }

    public List<PublicHoliday> getHolidays() {
        return holidays;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public boolean isClosedOnPublicHolidays() {
        return closedOnPublicHolidays;
    }

    public void setClosedOnPublicHolidays(boolean closedOnPublicHolidays) {
        this.closedOnPublicHolidays = closedOnPublicHolidays;
    }

    public Integer getCallAttemptsMax() {
        return callAttemptsMax;
    }

    public void setCallAttemptsMax(Integer callAttemptsMax) {
        this.callAttemptsMax = callAttemptsMax;
    }

    public Integer getCallAttemptsDays() {
        return callAttemptsDays;
    }

    public void setCallAttemptsDays(Integer callAttemptsDays) {
        this.callAttemptsDays = callAttemptsDays;
    }

    public Integer getContactsPerDayMax() {
        return contactsPerDayMax;
    }

    public void setContactsPerDayMax(Integer contactsPerDayMax) {
        this.contactsPerDayMax = contactsPerDayMax;
    }

    public Integer getContactsPerWeekMax() {
        return contactsPerWeekMax;
    }

    public void setContactsPerWeekMax(Integer contactsPerWeekMax) {
        this.contactsPerWeekMax = contactsPerWeekMax;
    }

    public Integer getWrittenPerWeekMax() {
        return writtenPerWeekMax;
    }

    public void setWrittenPerWeekMax(Integer writtenPerWeekMax) {
        this.writtenPerWeekMax = writtenPerWeekMax;
    }

    public Integer getWrittenMinDaysApart() {
        return writtenMinDaysApart;
    }

    public void setWrittenMinDaysApart(Integer writtenMinDaysApart) {
        this.writtenMinDaysApart = writtenMinDaysApart;
    }

    public Integer getQuietDaysAfterConversation() {
        return quietDaysAfterConversation;
    }

    public void setQuietDaysAfterConversation(Integer quietDaysAfterConversation) {
        this.quietDaysAfterConversation = quietDaysAfterConversation;
    }

    public WrittenChannelRule getWrittenChannelRule() {
        return writtenChannelRule;
    }

    public void setWrittenChannelRule(WrittenChannelRule writtenChannelRule) {
        this.writtenChannelRule = writtenChannelRule;
    }

    public LocalDate getHolidayDate() {
        return holidayDate;
    }

    public void setHolidayDate(LocalDate holidayDate) {
        this.holidayDate = holidayDate;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }
}
