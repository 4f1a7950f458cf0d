package com.acuerdo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext
    EntityManager em;

    public void add(OutboxMessage message) {
        em.persist(message);
    }

    /** The next pending messages whose time has come, oldest first. */
    public List<OutboxMessage> due(Instant now, int max) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.status = :status AND m.notBefore <= :now"
                                + " ORDER BY m.notBefore, m.id",
                        OutboxMessage.class)
                .setParameter("status", OutboxStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    public List<OutboxMessage> ofCustomer(long customerId) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.customerId = :customer ORDER BY m.createdAt DESC",
                        OutboxMessage.class)
                .setParameter("customer", customerId)
                .getResultList();
    }
}
