package com.acuerdo.casework.entity;

import com.acuerdo.aging.entity.AgingBucket;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class CollectionCases {

    @PersistenceContext
    EntityManager em;

    public Optional<CollectionCase> find(long id) {
        return Optional.ofNullable(em.find(CollectionCase.class, id));
    }

    public Optional<CollectionCase> openCaseOf(long customerId) {
        return em.createQuery(
                        "select c from CollectionCase c where c.openCustomerId = :customerId", CollectionCase.class)
                .setParameter("customerId", customerId)
                .getResultStream()
                .findFirst();
    }

    /** The agent's worklist page: open cases, highest priority first. */
    public List<CollectionCase> worklist(long agentId, int first, int max) {
        return em.createQuery(
                        "select c from CollectionCase c where c.assignedAgentId = :agentId and c.status = :open"
                                + " order by c.priorityScore desc, c.id",
                        CollectionCase.class)
                .setParameter("agentId", agentId)
                .setParameter("open", CaseStatus.OPEN)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countWorklist(long agentId) {
        return em.createQuery(
                        "select count(c) from CollectionCase c where c.assignedAgentId = :agentId and c.status = :open",
                        Long.class)
                .setParameter("agentId", agentId)
                .setParameter("open", CaseStatus.OPEN)
                .getSingleResult();
    }

    /** Open cases in a bucket, highest priority first, one page. */
    public List<CollectionCase> openInBucket(AgingBucket bucket, int first, int max) {
        return em.createQuery(
                        "select c from CollectionCase c where c.bucket = :bucket and c.status = :open"
                                + " order by c.priorityScore desc, c.id",
                        CollectionCase.class)
                .setParameter("bucket", bucket)
                .setParameter("open", CaseStatus.OPEN)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countOpenInBucket(AgingBucket bucket) {
        return em.createQuery(
                        "select count(c) from CollectionCase c where c.bucket = :bucket and c.status = :open",
                        Long.class)
                .setParameter("bucket", bucket)
                .setParameter("open", CaseStatus.OPEN)
                .getSingleResult();
    }

    public CollectionCase add(CollectionCase collectionCase) {
        em.persist(collectionCase);
        return collectionCase;
    }
}
