package com.acuerdo.team.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AgentRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Agent> find(long id) {
        return Optional.ofNullable(em.find(Agent.class, id));
    }

    /** The agent behind a login. */
    public Optional<Agent> byUserId(long userId) {
        return em.createQuery("SELECT a FROM Agent a WHERE a.userId = :user", Agent.class)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst();
    }

    public List<Agent> ofTeam(long teamId) {
        return em.createQuery("SELECT a FROM Agent a WHERE a.team.id = :team ORDER BY a.displayName", Agent.class)
                .setParameter("team", teamId)
                .getResultList();
    }

    public List<Agent> activeOfTeam(long teamId) {
        return em.createQuery(
                        "SELECT a FROM Agent a WHERE a.team.id = :team AND a.active = TRUE ORDER BY a.displayName",
                        Agent.class)
                .setParameter("team", teamId)
                .getResultList();
    }

    /** Agents with an absence covering the date: their cases wait or are redistributed. */
    public List<Agent> absentOn(LocalDate date) {
        return em.createQuery(
                        "SELECT DISTINCT a FROM Agent a JOIN a.absences b"
                                + " WHERE b.fromDate <= :date AND b.untilDate >= :date",
                        Agent.class)
                .setParameter("date", date)
                .getResultList();
    }

    public void add(Agent agent) {
        em.persist(agent);
    }
}
