package com.acuerdo.quality.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CoachingActionRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<CoachingAction> find(long id) {
        return Optional.ofNullable(em.find(CoachingAction.class, id));
    }

    /** An agent's coaching actions, latest due date first. */
    public List<CoachingAction> ofAgent(long agentId) {
        return em.createQuery(
                        "SELECT c FROM CoachingAction c WHERE c.agentId = :agent ORDER BY c.dueDate DESC",
                        CoachingAction.class)
                .setParameter("agent", agentId)
                .getResultList();
    }

    public List<CoachingAction> overdueOn(LocalDate date) {
        return em.createQuery(
                        "SELECT c FROM CoachingAction c WHERE c.status <> :closed AND c.dueDate < :date ORDER BY c.dueDate",
                        CoachingAction.class)
                .setParameter("closed", CoachingStatus.CLOSED)
                .setParameter("date", date)
                .getResultList();
    }
}
