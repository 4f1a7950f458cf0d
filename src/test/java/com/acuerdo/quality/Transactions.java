package com.acuerdo.quality;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/** Runs test work in its own transaction, with the application's persistence context. */
@Stateless
public class Transactions {

    @PersistenceContext
    EntityManager em;

    public <T> T call(Function<EntityManager, T> work) {
        var result = work.apply(em);
        em.flush();
        return result;
    }
}
