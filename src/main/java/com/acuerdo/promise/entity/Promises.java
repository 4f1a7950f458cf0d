package com.acuerdo.promise.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Stateless
public class Promises {

    @PersistenceContext
    EntityManager em;

    public Optional<PromiseToPay> find(long id) {
        return Optional.ofNullable(em.find(PromiseToPay.class, id));
    }

    /** Open promises due on a date: reminders before, follow-up after. */
    public List<PromiseToPay> openDueOn(LocalDate dueOn) {
        return em.createQuery(
                        "select p from PromiseToPay p where p.dueOn = :dueOn and p.status = :open order by p.id",
                        PromiseToPay.class)
                .setParameter("dueOn", dueOn)
                .setParameter("open", PromiseStatus.OPEN)
                .getResultList();
    }

    public List<PromiseToPay> ofAccount(long accountId) {
        return em.createQuery(
                        "select p from PromiseToPay p where p.account.id = :accountId order by p.madeAt desc, p.id desc",
                        PromiseToPay.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    public List<PromiseToPay> ofCase(long caseId) {
        return em.createQuery(
                        "select p from PromiseToPay p where p.collectionCase.id = :caseId order by p.madeAt desc, p.id desc",
                        PromiseToPay.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /** One open promise per case: the rule checks this before a new one is made. */
    public boolean hasOpenOnCase(long caseId) {
        return em.createQuery(
                                "select count(p) from PromiseToPay p where p.collectionCase.id = :caseId"
                                        + " and p.status = :open",
                                Long.class)
                        .setParameter("caseId", caseId)
                        .setParameter("open", PromiseStatus.OPEN)
                        .getSingleResult()
                > 0;
    }

    public PromiseToPay add(PromiseToPay promise) {
        em.persist(promise);
        return promise;
    }
}
