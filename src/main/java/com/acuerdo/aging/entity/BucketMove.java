package com.acuerdo.aging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An account moved from one aging bucket to another on a business date: the history behind
 * containment (rolls to worse buckets) and cures. Immutable once recorded.
 */
@Entity
@Table(name = "bucket_move")
public class BucketMove {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bucket_move_seq")
    @SequenceGenerator(name = "bucket_move_seq", sequenceName = "bucket_move_seq", allocationSize = 50)
    private Long id;

    // By id: the account capability depends on aging, not the other way round.
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_bucket", nullable = false, updatable = false, length = 16)
    private AgingBucket fromBucket;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_bucket", nullable = false, updatable = false, length = 16)
    private AgingBucket toBucket;

    @Column(name = "moved_on", nullable = false, updatable = false)
    private LocalDate movedOn;

    @Column(name = "days_past_due", nullable = false, updatable = false)
    private int daysPastDue;

    protected BucketMove() {}

    /** A move by the default ranges (demo data and tests). */
    public BucketMove(
            Long accountId,
            Long customerId,
            AgingBucket fromBucket,
            AgingBucket toBucket,
            LocalDate movedOn,
            int daysPastDue) {
        this(accountId, customerId, fromBucket, toBucket, movedOn, daysPastDue, BucketScheme.defaults());
    }

    /** A move on a date; the days must fall in the new bucket by the ranges in force on that date. */
    public BucketMove(
            Long accountId,
            Long customerId,
            AgingBucket fromBucket,
            AgingBucket toBucket,
            LocalDate movedOn,
            int daysPastDue,
            BucketScheme scheme) {
        this.accountId = accountId;
        this.customerId = customerId;
        this.fromBucket = Objects.requireNonNull(fromBucket, "fromBucket");
        this.toBucket = Objects.requireNonNull(toBucket, "toBucket");
        this.movedOn = Objects.requireNonNull(movedOn, "movedOn");
        if (fromBucket == toBucket) {
            throw new IllegalArgumentException("not a move: " + fromBucket + " to itself");
        }
        if (scheme.bucketOf(daysPastDue) != toBucket) {
            throw new IllegalArgumentException(daysPastDue + " days past due is not " + toBucket);
        }
        this.daysPastDue = daysPastDue;
    }

    /** A move to a worse bucket (a roll), as opposed to a cure or an improvement. */
    public boolean isRoll() {
        return toBucket.compareTo(fromBucket) > 0;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public Long customerId() {
        return customerId;
    }

    public AgingBucket fromBucket() {
        return fromBucket;
    }

    public AgingBucket toBucket() {
        return toBucket;
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public int daysPastDue() {
        return daysPastDue;
    }
}
