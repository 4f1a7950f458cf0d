package com.acuerdo.contact.boundary;

import static com.acuerdo.contact.boundary.ContactEvent.RESTRICTION_LIFTED;
import static com.acuerdo.contact.boundary.ContactEvent.RESTRICTION_RECORDED;

import com.acuerdo.contact.entity.ContactRestriction;
import com.acuerdo.contact.entity.ContactRestrictions;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Restrictions on contacting a client: a cease-contact request, a disputed debt, a channel opt-out,
 * a hardship pause. They feed the contact guard; disputes and pauses also stop days past due growing.
 * A dispute is about the account's debt; every other restriction is about the person and covers all
 * their accounts.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Restrictions {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactSubjects subjects;

    @Inject
    ContactRestrictions restrictions;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CurrentUser currentUser;

    @Inject
    com.acuerdo.platform.audit.Audit audit;

    @Inject
    Clock clock;

    /**
     * @param from first day; null: the business date
     * @param until last day, inclusive; null: until lifted
     * @throws InvalidContactRequest when it would end before it starts
     */
    public RecordedRestriction record(
            String accountId, RestrictionType type, LocalDate from, LocalDate until, String note) {
        Objects.requireNonNull(type, "type");
        var subject = subjects.ofAccount(accountId);
        var first = from == null ? calendar.today() : from;
        if (until != null && until.isBefore(first)) {
            throw new InvalidContactRequest(
                    List.of("until: a restriction cannot end (" + until + ") before it starts (" + first + ")"));
        }
        if (note != null && note.length() > 1000) {
            throw new InvalidContactRequest(List.of("note: at most 1000 characters"));
        }
        var restriction = restrictions.add(new ContactRestriction(
                subject.customer(),
                type == RestrictionType.DISPUTE ? subject.accountId() : null,
                type,
                first,
                until,
                note,
                currentUser.getUsername(),
                Instant.now(clock)));
        em.flush(); // the id, for the audit trail and the caller
        audit.record(
                RESTRICTION_RECORDED,
                ContactEvent.ACCOUNT,
                accountId,
                type + " from " + first + (until == null ? "" : " until " + until) + " (restriction " + restriction.id()
                        + ")");
        return view(restriction);
    }

    /**
     * Ends a restriction from the business date on (the dispute was resolved, the client consents again).
     *
     * @throws ContactConflict when it was already lifted
     */
    public RecordedRestriction lift(String accountId, long restrictionId) {
        var subject = subjects.ofAccount(accountId);
        var restriction = restrictions.ofCustomer(subject.customer().id()).stream()
                .filter(candidate -> candidate.id() == restrictionId)
                .findFirst()
                .orElseThrow(() -> new UnknownSubject("no restriction " + restrictionId + " of account " + accountId));
        if (restriction.isLifted()) {
            throw new ContactConflict("restriction " + restrictionId + " was already lifted");
        }
        restriction.lift(Instant.now(clock), calendar.today());
        audit.record(
                RESTRICTION_LIFTED,
                ContactEvent.ACCOUNT,
                accountId,
                restriction.type() + " lifted from " + calendar.today() + " (restriction " + restrictionId + ")");
        return view(restriction);
    }

    /** The client's restrictions (every one, lifted included), for the case workspace. */
    public List<RecordedRestriction> of(String accountId) {
        var subject = subjects.ofAccount(accountId);
        return restrictions.ofCustomer(subject.customer().id()).stream()
                .map(this::view)
                .toList();
    }

    private RecordedRestriction view(ContactRestriction restriction) {
        var accountName = restriction
                .accountId()
                .flatMap(id -> em.createQuery("select a.externalId from Account a where a.id = :id", String.class)
                        .setParameter("id", id)
                        .getResultStream()
                        .findFirst())
                .orElse(null);
        return new RecordedRestriction(
                restriction.id(),
                restriction.customer().externalId(),
                accountName,
                restriction.type(),
                restriction.fromDate(),
                restriction.untilDate().orElse(null),
                restriction.isLifted());
    }
}
