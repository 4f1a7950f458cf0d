package com.acuerdo.contact.boundary;

import com.acuerdo.contact.control.ActiveRestriction;
import com.acuerdo.contact.control.ContactGuard;
import com.acuerdo.contact.control.ContactSituation;
import com.acuerdo.contact.control.PastContact;
import com.acuerdo.contact.entity.ContactPolicyRepository;
import com.acuerdo.contact.entity.ContactRestrictions;
import com.acuerdo.contact.entity.Contacts;
import com.acuerdo.contact.entity.PublicHoliday;
import com.acuerdo.customer.entity.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Loads what the guard needs about a person for a contact at an instant: the policy in force on
 * that day in the client's zone, the holidays of the search horizon, their consents, the
 * restrictions that cover the account (or all of them, for a whole case) and their outbound
 * contacts over every account in the days the policy looks back on.
 */
@ApplicationScoped
class ContactFacts {

    @Inject
    ContactPolicyRepository policies;

    @Inject
    ContactRestrictions restrictions;

    @Inject
    Contacts contacts;

    ContactSituation of(Customer customer, Long accountId, Instant at) {
        var zone = customer.timeZone();
        var day = at.atZone(zone).toLocalDate();
        var jurisdiction = customer.jurisdiction();
        var policy = policies.inForce(jurisdiction, day)
                .orElseThrow(() -> new IllegalStateException("no contact policy for " + jurisdiction + " on " + day));
        var holidays = policies.holidays(jurisdiction, day, day.plusDays(ContactGuard.SEARCH_DAYS + 1)).stream()
                .map(PublicHoliday::date)
                .collect(Collectors.toSet());
        var restricting = restrictions.ofCustomer(customer.id()).stream()
                .filter(restriction -> accountId == null || restriction.covers(accountId))
                .map(ActiveRestriction::of)
                .toList();
        var from = day.minusDays(policy.lookBackDays()).atStartOfDay(zone).toInstant();
        var to = day.plusDays(1).atStartOfDay(zone).toInstant();
        var history = contacts.ofCustomer(customer.id(), from, to).stream()
                .map(PastContact::of)
                .toList();
        return new ContactSituation(
                policy, holidays, zone, customer.consentSms(), customer.consentEmail(), restricting, history);
    }
}
