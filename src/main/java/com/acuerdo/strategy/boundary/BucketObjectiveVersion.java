package com.acuerdo.strategy.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.entity.Objective;
import java.time.LocalDate;

/** One stored version of a product's bucket objective and where it stands today. */
public record BucketObjectiveVersion(
        Product product, AgingBucket bucket, Objective objective, LocalDate effectiveFrom, VersionState state) {}
