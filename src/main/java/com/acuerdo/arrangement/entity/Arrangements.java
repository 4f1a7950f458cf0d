package com.acuerdo.arrangement.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
public class Arrangements {

    @PersistenceContext
    EntityManager em;

    public Optional<PaymentArrangement> find(long id) {
        return Optional.ofNullable(em.find(PaymentArrangement.class, id));
    }

    public List<PaymentArrangement> ofCase(long caseId) {
        return em.createQuery(
                        "select a from PaymentArrangement a where a.collectionCase.id = :caseId"
                                + " order by a.requestedAt desc, a.id desc",
                        PaymentArrangement.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    public List<PaymentArrangement> ofAccount(long accountId) {
        return em.createQuery(
                        "select a from PaymentArrangement a where a.account.id = :accountId"
                                + " order by a.requestedAt desc, a.id desc",
                        PaymentArrangement.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /**
     * What the supervisors of these teams have to decide, oldest request first: arrangements of cases
     * of the teams or of their agents.
     */
    public List<PaymentArrangement> pendingApprovalOfTeams(List<Long> teamIds, int first, int max) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from PaymentArrangement a join a.collectionCase c where a.status = :pending"
                                + " and (c.teamId in :teamIds or c.assignedAgentId in"
                                + " (select ag.id from Agent ag where ag.team.id in :teamIds))"
                                + " order by a.requestedAt, a.id",
                        PaymentArrangement.class)
                .setParameter("pending", ArrangementStatus.PENDING_APPROVAL)
                .setParameter("teamIds", teamIds)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** What supervisors have to decide, oldest request first. */
    public List<PaymentArrangement> pendingApproval(int first, int max) {
        return em.createQuery(
                        "select a from PaymentArrangement a where a.status = :pending order by a.requestedAt, a.id",
                        PaymentArrangement.class)
                .setParameter("pending", ArrangementStatus.PENDING_APPROVAL)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Instalments still DUE on a date, of active arrangements: reminders before, follow-up after. */
    public List<Instalment> instalmentsDueOn(LocalDate dueOn) {
        return em.createQuery(
                        "select i from Instalment i where i.dueOn = :dueOn and i.status = :due"
                                + " and i.arrangement.status = :active order by i.arrangement.id, i.number",
                        Instalment.class)
                .setParameter("dueOn", dueOn)
                .setParameter("due", InstalmentStatus.DUE)
                .setParameter("active", ArrangementStatus.ACTIVE)
                .getResultList();
    }

    public PaymentArrangement add(PaymentArrangement arrangement) {
        em.persist(arrangement);
        return arrangement;
    }
}
