package com.acuerdo.strategy.entity;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** Which objective a case of a product in a bucket pursues, from a date on. */
@Entity
@Table(name = "bucket_objective")
public class BucketObjective {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bucket_objective_seq")
    @SequenceGenerator(name = "bucket_objective_seq", sequenceName = "bucket_objective_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "product", nullable = false, length = 20)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(name = "bucket", nullable = false, length = 20)
    private AgingBucket bucket;

    @Enumerated(EnumType.STRING)
    @Column(name = "objective", nullable = false, length = 30)
    private Objective objective;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Version
    private long version;

    protected BucketObjective() {}

    public BucketObjective(Product product, AgingBucket bucket, Objective objective, LocalDate effectiveFrom) {
        this.product = Objects.requireNonNull(product, "product");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        if (!bucket.isDelinquent()) {
            throw new IllegalArgumentException("a current account has no collection objective");
        }
        this.objective = Objects.requireNonNull(objective, "objective");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public AgingBucket bucket() {
        return bucket;
    }

    public Objective objective() {
        return objective;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
