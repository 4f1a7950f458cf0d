package com.acuerdo.strategy.boundary;

import com.acuerdo.strategy.control.WeightsDraft;
import java.time.LocalDate;

/** One stored version of the priority weights and where it stands today. */
public record WeightsVersion(WeightsDraft weights, LocalDate effectiveFrom, VersionState state) {}
