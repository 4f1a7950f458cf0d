package com.acuerdo.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/** Runs a test's reads in one transaction, so lazy associations of the demo data can be followed. */
@Stateless
public class DemoQueries {

    @PersistenceContext
    EntityManager em;

    public <T> T read(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
