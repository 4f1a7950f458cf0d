package com.acuerdo.contact.entity;

import com.acuerdo.aging.entity.PausePeriod;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
public class ContactRestrictions {

    @PersistenceContext
    EntityManager em;

    public List<ContactRestriction> ofCustomer(long customerId) {
        return em.createQuery(
                        "select r from ContactRestriction r where r.customer.id = :customerId order by r.fromDate, r.id",
                        ContactRestriction.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    public List<ContactRestriction> activeOn(long customerId, LocalDate date) {
        return em.createQuery(
                        "select r from ContactRestriction r where r.customer.id = :customerId and r.fromDate <= :date"
                                + " and (r.untilDate is null or r.untilDate >= :date) order by r.fromDate, r.id",
                        ContactRestriction.class)
                .setParameter("customerId", customerId)
                .setParameter("date", date)
                .getResultList();
    }

    /** The pauses that apply to an account's aging: its own and the whole client's. */
    public List<PausePeriod> pausesOf(long customerId, long accountId) {
        return em.createQuery(
                        "select r from ContactRestriction r where r.customer.id = :customerId"
                                + " and (r.accountId is null or r.accountId = :accountId) and r.type in :types",
                        ContactRestriction.class)
                .setParameter("customerId", customerId)
                .setParameter("accountId", accountId)
                .setParameter("types", List.of(RestrictionType.DISPUTE, RestrictionType.PAUSE))
                .getResultStream()
                .map(ContactRestriction::asPause)
                .flatMap(Optional::stream)
                .toList();
    }

    public ContactRestriction add(ContactRestriction restriction) {
        em.persist(restriction);
        return restriction;
    }
}
