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

    /** The active expressions whose effective date has come. */
    public List<ToneExpression> inForce(LocalDate date) {
        return em.createQuery(
                        "SELECT e FROM ToneExpression e WHERE e.active = TRUE AND e.effectiveFrom <= :date"
                                + " ORDER BY e.language, e.expression",
                        ToneExpression.class)
                .setParameter("date", date)
                .getResultList();
    }
}
