package com.acuerdo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    public Optional<OutboxMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** Messages whose worker's claim ran out before it recorded the outcome. */
    public List<OutboxMessage> expiredClaims(Instant now) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.status = :status AND m.notBefore <= :now",
                        OutboxMessage.class)
                .setParameter("status", OutboxStatus.SENDING)
                .setParameter("now", now)
                .getResultList();
    }

    /** The latest messages in the given states, newest first (for the admin's outbox page). */
    public List<OutboxMessage> latest(List<OutboxStatus> statuses, int max) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.status IN :statuses ORDER BY m.id DESC",
                        OutboxMessage.class)
                .setParameter("statuses", statuses)
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
