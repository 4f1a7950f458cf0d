package com.acuerdo.tone.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class ToneExpressionRepository {

    @PersistenceContext
    EntityManager em;

    /** The active expressions whose effective date has come and that have not been retired by then. */
    public List<ToneExpression> inForce(LocalDate date) {
        return em.createQuery(
                        "SELECT e FROM ToneExpression e WHERE e.active = TRUE AND e.effectiveFrom <= :date"
                                + " AND (e.retiredFrom IS NULL OR e.retiredFrom > :date)"
                                + " ORDER BY e.language, e.expression",
                        ToneExpression.class)
                .setParameter("date", date)
                .getResultList();
    }
}
