package com.acuerdo.quality.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QualityReviewRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<QualityReview> find(long id) {
        return Optional.ofNullable(em.find(QualityReview.class, id));
    }

    /** An agent's reviews created in [from, until), newest first (calibration reviews excluded). */
    public List<QualityReview> ofAgent(long agentId, Instant from, Instant until) {
        return em.createQuery(
                        "SELECT r FROM QualityReview r WHERE r.agentId = :agent AND r.calibrationSession IS NULL"
                                + " AND r.createdAt >= :from AND r.createdAt < :until ORDER BY r.createdAt DESC",
                        QualityReview.class)
                .setParameter("agent", agentId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    public List<QualityReview> ofContact(long contactId) {
        return em.createQuery(
                        "SELECT r FROM QualityReview r WHERE r.contactId = :contact ORDER BY r.createdAt",
                        QualityReview.class)
                .setParameter("contact", contactId)
                .getResultList();
    }

    /** Disputes waiting for a supervisor, oldest first. */
    public List<QualityReview> openDisputes(Collection<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT r FROM QualityReview r WHERE r.status = :status AND r.agentId IN :agents"
                                + " ORDER BY r.disputedAt",
                        QualityReview.class)
                .setParameter("status", ReviewStatus.DISPUTED)
                .setParameter("agents", agentIds)
                .getResultList();
    }

    public List<QualityReview> draftsOf(long reviewerUserId) {
        return em.createQuery(
                        "SELECT r FROM QualityReview r WHERE r.reviewerUserId = :reviewer AND r.status = :status"
                                + " ORDER BY r.createdAt",
                        QualityReview.class)
                .setParameter("reviewer", reviewerUserId)
                .setParameter("status", ReviewStatus.DRAFT)
                .getResultList();
    }

    public Optional<CalibrationSession> session(long id) {
        return Optional.ofNullable(em.find(CalibrationSession.class, id));
    }

    public List<CalibrationSession> openSessionsLedBy(long leadUserId) {
        return em.createQuery(
                        "SELECT s FROM CalibrationSession s WHERE s.leadUserId = :lead AND s.status = :status"
                                + " ORDER BY s.createdAt",
                        CalibrationSession.class)
                .setParameter("lead", leadUserId)
                .setParameter("status", CalibrationStatus.OPEN)
                .getResultList();
    }
}
