package com.acuerdo.strategy.entity;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.control.InForce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The strategy rows in force on a date. The database narrows to rows already effective; the pure
 * {@link InForce} rule then keeps the latest version per key.
 */
@ApplicationScoped
public class StrategyRepository {

    // EclipseLink's batch reading (query hints by name: no compile-time dependency on the provider).
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext
    EntityManager em;

    /** The objective of a product's bucket; empty when current or not configured. */
    public Optional<Objective> objectiveFor(Product product, AgingBucket bucket, LocalDate date) {
        return em.createQuery(
                        "SELECT o FROM BucketObjective o WHERE o.product = :product AND o.bucket = :bucket"
                                + " AND o.effectiveFrom <= :date ORDER BY o.effectiveFrom DESC",
                        BucketObjective.class)
                .setParameter("product", product)
                .setParameter("bucket", bucket)
                .setParameter("date", date)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(BucketObjective::objective);
    }

    /** The checklist of an objective, in its order. */
    public List<TalkingPoint> talkingPoints(Objective objective, LocalDate date) {
        var candidates = em.createQuery(
                        "SELECT t FROM TalkingPoint t WHERE t.objective = :objective AND t.effectiveFrom <= :date",
                        TalkingPoint.class)
                .setParameter("objective", objective)
                .setParameter("date", date)
                .getResultList();
        return InForce.perKey(
                        date, candidates, TalkingPoint::code, TalkingPoint::effectiveFrom, TalkingPoint::isWithdrawn)
                .stream()
                .sorted(Comparator.comparingInt(TalkingPoint::sortOrder))
                .toList();
    }

    /** Objection guides for the objective plus the general ones. */
    public List<ObjectionGuide> objectionGuides(Objective objective, LocalDate date) {
        var candidates = em.createQuery(
                        "SELECT g FROM ObjectionGuide g WHERE g.effectiveFrom <= :date ORDER BY g.code",
                        ObjectionGuide.class)
                .setParameter("date", date)
                // The answers of all guides in one more query, not one per guide (the case page reads them).
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "g.answers")
                .getResultList();
        return InForce.perKey(
                        date,
                        candidates,
                        ObjectionGuide::code,
                        ObjectionGuide::effectiveFrom,
                        ObjectionGuide::isWithdrawn)
                .stream()
                .filter(guide -> guide.appliesTo(objective))
                .toList();
    }

    public List<SolutionRoute> solutionRoutes(Product product, AgingBucket bucket, LocalDate date) {
        var candidates = em.createQuery(
                        "SELECT r FROM SolutionRoute r WHERE r.effectiveFrom <= :date ORDER BY r.code",
                        SolutionRoute.class)
                .setParameter("date", date)
                // Buckets and products of all routes in two more queries, not two per route.
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "r.buckets")
                .setHint(BATCH, "r.products")
                .getResultList();
        return InForce.perKey(
                        date, candidates, SolutionRoute::code, SolutionRoute::effectiveFrom, SolutionRoute::isWithdrawn)
                .stream()
                .filter(route -> route.appliesTo(product, bucket))
                .toList();
    }

    public Optional<PriorityWeights> weightsOn(LocalDate date) {
        return em.createQuery(
                        "SELECT w FROM PriorityWeights w WHERE w.effectiveFrom <= :date ORDER BY w.effectiveFrom DESC",
                        PriorityWeights.class)
                .setParameter("date", date)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
