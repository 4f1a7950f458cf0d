package com.acuerdo.aging.entity;

import com.acuerdo.strategy.entity.Objective;
import java.util.Optional;

/**
 * The aging buckets: the seven codes of the integration contract, with their default day ranges.
 * The ranges in force on a date are a {@link BucketScheme} (configurable, versioned; these are its
 * defaults). A product's strategy may map a bucket to another objective; {@link #defaultObjective()}
 * is the department's default.
 */
public enum AgingBucket {
    CURRENT(0, 0, null),
    DPD_1_29(1, 29, Objective.REMIND),
    DPD_30_59(30, 59, Objective.IDENTIFY_BARRIERS),
    DPD_60_89(60, 89, Objective.SECURE_COMMITMENT),
    DPD_90_119(90, 119, Objective.PRESSURE),
    DPD_120_179(120, 179, Objective.CHANGE_CONDITIONS),
    DPD_180_PLUS(180, Integer.MAX_VALUE, Objective.CHANGE_CONDITIONS);

    private final int fromDays;
    private final int toDays;
    private final Objective defaultObjective;

    AgingBucket(int fromDays, int toDays, Objective defaultObjective) {
        this.fromDays = fromDays;
        this.toDays = toDays;
        this.defaultObjective = defaultObjective;
    }

    /** The bucket by the default ranges; aging uses the ranges in force ({@link BucketScheme#bucketOf}). */
    public static AgingBucket of(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        }
        for (var bucket : values()) {
            if (daysPastDue >= bucket.fromDays && daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new IllegalStateException("no bucket for " + daysPastDue);
    }

    public int fromDays() {
        return fromDays;
    }

    public int toDays() {
        return toDays;
    }

    public boolean isDelinquent() {
        return this != CURRENT;
    }

    /** 180+ accounts are listed as charge-off candidates. */
    public boolean isChargeOffCandidate() {
        return this == DPD_180_PLUS;
    }

    /** Empty when current: a current account has no collection objective. */
    public Optional<Objective> defaultObjective() {
        return Optional.ofNullable(defaultObjective);
    }

    /** Worse means more days past due: a client's case takes the worst bucket of their accounts. */
    public AgingBucket worse(AgingBucket other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
