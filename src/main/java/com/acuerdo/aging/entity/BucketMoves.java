package com.acuerdo.aging.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

@Stateless
public class BucketMoves {

    @PersistenceContext
    EntityManager em;

    public BucketMove add(BucketMove move) {
        em.persist(move);
        return move;
    }

    public List<BucketMove> ofAccount(long accountId) {
        return em.createQuery(
                        "select m from BucketMove m where m.accountId = :accountId order by m.movedOn, m.id",
                        BucketMove.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    public List<BucketMove> on(LocalDate movedOn) {
        return em.createQuery("select m from BucketMove m where m.movedOn = :movedOn order by m.id", BucketMove.class)
                .setParameter("movedOn", movedOn)
                .getResultList();
    }
}
