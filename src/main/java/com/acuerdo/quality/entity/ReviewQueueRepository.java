package com.acuerdo.quality.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The review queue: samples per period. */
@ApplicationScoped
public class ReviewQueueRepository {

    @PersistenceContext
    EntityManager em;

    /** Samples still waiting for a reviewer in the period starting on {@code periodStart}. */
    public List<ReviewSample> queued(LocalDate periodStart) {
        return em.createQuery(
                        "SELECT s FROM ReviewSample s WHERE s.periodStart = :start AND s.status = :status"
                                + " ORDER BY s.createdAt",
                        ReviewSample.class)
                .setParameter("start", periodStart)
                .setParameter("status", SampleStatus.QUEUED)
                .getResultList();
    }

    public List<ReviewSample> ofAgentInPeriod(long agentId, LocalDate periodStart) {
        return em.createQuery(
                        "SELECT s FROM ReviewSample s WHERE s.agentId = :agent AND s.periodStart = :start"
                                + " ORDER BY s.createdAt",
                        ReviewSample.class)
                .setParameter("agent", agentId)
                .setParameter("start", periodStart)
                .getResultList();
    }

    public boolean isSampled(long contactId) {
        return em.createQuery("SELECT COUNT(s) FROM ReviewSample s WHERE s.contactId = :contact", Long.class)
                        .setParameter("contact", contactId)
                        .getSingleResult()
                > 0;
    }
}
