package com.acuerdo.casework.control;

import com.acuerdo.aging.entity.AgingBucket;
import java.util.Collection;

/**
 * What the nightly aging does with a client's case, from the buckets of the client's accounts and
 * whether the client has an open case: open one when the client became delinquent, update it while
 * any account is delinquent (the case takes the worst bucket), close it as cured when all are current.
 */
public enum CaseVerdict {
    OPEN,
    UPDATE,
    CLOSE_CURED,
    NOTHING;

    public static CaseVerdict of(Collection<AgingBucket> accountBuckets, boolean hasOpenCase) {
        boolean delinquent = accountBuckets.stream().anyMatch(AgingBucket::isDelinquent);
        if (delinquent) {
            return hasOpenCase ? UPDATE : OPEN;
        }
        return hasOpenCase ? CLOSE_CURED : NOTHING;
    }

    /** The case's bucket: the worst of the client's accounts. */
    public static AgingBucket worst(Collection<AgingBucket> accountBuckets) {
        return accountBuckets.stream().reduce(AgingBucket.CURRENT, AgingBucket::worse);
    }
}
