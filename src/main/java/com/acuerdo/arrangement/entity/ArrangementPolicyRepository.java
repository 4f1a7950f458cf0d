package com.acuerdo.arrangement.entity;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ArrangementPolicyRepository {

    @PersistenceContext
    EntityManager em;

    /** The policy for a case's product, bucket and currency on a date. */
    public Optional<ArrangementPolicy> inForce(Product product, AgingBucket bucket, String currency, LocalDate date) {
        var candidates = em.createQuery(
                        "SELECT p FROM ArrangementPolicy p WHERE p.product = :product AND p.currency = :currency"
                                + " AND (p.bucket IS NULL OR p.bucket = :bucket) AND p.effectiveFrom <= :date",
                        ArrangementPolicy.class)
                .setParameter("product", product)
                .setParameter("currency", currency)
                .setParameter("bucket", bucket)
                .setParameter("date", date)
                .getResultList();
        return ArrangementPolicy.inForce(candidates, bucket, date);
    }

    public List<ArrangementPolicy> ofProduct(Product product) {
        return em.createQuery(
                        "SELECT p FROM ArrangementPolicy p WHERE p.product = :product"
                                + " ORDER BY p.currency, p.bucket, p.effectiveFrom DESC",
                        ArrangementPolicy.class)
                .setParameter("product", product)
                .getResultList();
    }
}
