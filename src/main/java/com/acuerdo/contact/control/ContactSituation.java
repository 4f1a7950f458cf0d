package com.acuerdo.contact.control;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactPolicy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the guard knows about the person to be contacted: the contact policy of their jurisdiction,
 * its public holidays, their time zone and consents, the restrictions on contacting them and their
 * recent contacts (over all their accounts).
 */
public record ContactSituation(
        ContactPolicy policy,
        Set<LocalDate> holidays,
        ZoneId zone,
        boolean consentSms,
        boolean consentEmail,
        List<ActiveRestriction> restrictions,
        List<PastContact> history) {

    public ContactSituation {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(zone, "zone");
        holidays = Set.copyOf(holidays);
        restrictions = List.copyOf(restrictions);
        history = List.copyOf(history);
    }

    public static ContactSituation of(ContactPolicy policy, ZoneId zone) {
        return new ContactSituation(policy, Set.of(), zone, true, true, List.of(), List.of());
    }

    public ContactSituation withHolidays(Set<LocalDate> dates) {
        return new ContactSituation(policy, dates, zone, consentSms, consentEmail, restrictions, history);
    }

    public ContactSituation withConsents(boolean sms, boolean email) {
        return new ContactSituation(policy, holidays, zone, sms, email, restrictions, history);
    }

    public ContactSituation withRestrictions(List<ActiveRestriction> active) {
        return new ContactSituation(policy, holidays, zone, consentSms, consentEmail, active, history);
    }

    public ContactSituation withHistory(List<PastContact> contacts) {
        return new ContactSituation(policy, holidays, zone, consentSms, consentEmail, restrictions, contacts);
    }

    boolean hasConsentFor(Channel channel) {
        return switch (channel) {
            case SMS -> consentSms;
            case EMAIL -> consentEmail;
            default -> true;
        };
    }
}
