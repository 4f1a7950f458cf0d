package com.acuerdo.quality.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ScorecardRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Scorecard> find(long id) {
        return Optional.ofNullable(em.find(Scorecard.class, id));
    }

    /** The version reviewers use now: the newest published one of that name. */
    public Optional<Scorecard> published(String name) {
        return em.createQuery(
                        "SELECT s FROM Scorecard s WHERE s.name = :name AND s.status = :status"
                                + " ORDER BY s.versionNumber DESC",
                        Scorecard.class)
                .setParameter("name", name)
                .setParameter("status", ScorecardStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<Scorecard> versions(String name) {
        return em.createQuery(
                        "SELECT s FROM Scorecard s WHERE s.name = :name ORDER BY s.versionNumber DESC", Scorecard.class)
                .setParameter("name", name)
                .getResultList();
    }

    public List<Scorecard> allPublished() {
        return em.createQuery(
                        "SELECT s FROM Scorecard s WHERE s.status = :status ORDER BY s.name, s.versionNumber DESC",
                        Scorecard.class)
                .setParameter("status", ScorecardStatus.PUBLISHED)
                .getResultList();
    }
}
