package com.acuerdo.team.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TeamRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Team> find(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    public Optional<Team> byName(String name) {
        return em.createQuery("SELECT t FROM Team t WHERE t.name = :name", Team.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    public List<Team> supervisedBy(long userId) {
        return em.createQuery("SELECT t FROM Team t WHERE t.supervisorUserId = :user ORDER BY t.name", Team.class)
                .setParameter("user", userId)
                .getResultList();
    }

    public List<Team> all() {
        return em.createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class)
                .getResultList();
    }

    public void add(Team team) {
        em.persist(team);
    }
}
