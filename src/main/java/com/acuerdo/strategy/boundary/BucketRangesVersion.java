package com.acuerdo.strategy.boundary;

import com.acuerdo.aging.entity.BucketScheme;
import java.time.LocalDate;

/** One stored version of the buckets' day ranges and where it stands today. */
public record BucketRangesVersion(BucketScheme scheme, LocalDate effectiveFrom, VersionState state) {}
