package com.acuerdo.casework;

import com.acuerdo.casework.entity.CollectionCase;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test helper of {@link PortfolioModelIT}: the container's entity manager and a concurrent change. */
@Stateless
public class PortfolioModelTx {

    @PersistenceContext
    EntityManager em;

    /** Joins the caller's transaction. */
    public EntityManager em() {
        return em;
    }

    /** Another user's change, committed on its own while the caller's transaction stays open. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void escalateConcurrently(long caseId, String reason) {
        em.find(CollectionCase.class, caseId).escalate(reason);
    }
}
