package com.acuerdo.contact.entity;

import com.acuerdo.customer.entity.Jurisdiction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ContactPolicyRepository {

    @PersistenceContext
    EntityManager em;

    /** The policy in force: the latest effective_from on or before the date. */
    public Optional<ContactPolicy> inForce(Jurisdiction jurisdiction, LocalDate date) {
        return em.createQuery(
                        "SELECT p FROM ContactPolicy p WHERE p.jurisdiction = :jurisdiction"
                                + " AND p.effectiveFrom <= :date ORDER BY p.effectiveFrom DESC",
                        ContactPolicy.class)
                .setParameter("jurisdiction", jurisdiction)
                .setParameter("date", date)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every version of every jurisdiction, newest first per jurisdiction (the admin history). */
    public List<ContactPolicy> history() {
        return em.createQuery(
                        "SELECT p FROM ContactPolicy p ORDER BY p.jurisdiction, p.effectiveFrom DESC",
                        ContactPolicy.class)
                .getResultList();
    }

    public boolean isPublicHoliday(Jurisdiction jurisdiction, LocalDate date) {
        return em.createQuery(
                                "SELECT COUNT(h) FROM PublicHoliday h WHERE h.jurisdiction = :jurisdiction AND h.date = :date",
                                Long.class)
                        .setParameter("jurisdiction", jurisdiction)
                        .setParameter("date", date)
                        .getSingleResult()
                > 0;
    }

    public List<PublicHoliday> holidays(Jurisdiction jurisdiction, LocalDate from, LocalDate until) {
        return em.createQuery(
                        "SELECT h FROM PublicHoliday h WHERE h.jurisdiction = :jurisdiction"
                                + " AND h.date BETWEEN :from AND :until ORDER BY h.date",
                        PublicHoliday.class)
                .setParameter("jurisdiction", jurisdiction)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }
}
