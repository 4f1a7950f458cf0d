package com.acuerdo.contact.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class Contacts {

    @PersistenceContext
    EntityManager em;

    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    /** A client's contacts in [from, to), newest first: history screens and the contact rules' counts. */
    public List<Contact> ofCustomer(long customerId, Instant from, Instant to) {
        return em.createQuery(
                        "select c from Contact c where c.customerId = :customerId"
                                + " and c.contactAt >= :from and c.contactAt < :to order by c.contactAt desc, c.id desc",
                        Contact.class)
                .setParameter("customerId", customerId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** An agent's contacts in [from, to), for quality sampling. */
    public List<Contact> ofAgent(long agentId, Instant from, Instant to) {
        return em.createQuery(
                        "select c from Contact c where c.agentId = :agentId"
                                + " and c.contactAt >= :from and c.contactAt < :to order by c.contactAt, c.id",
                        Contact.class)
                .setParameter("agentId", agentId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public Contact add(Contact contact) {
        em.persist(contact);
        return contact;
    }
}
