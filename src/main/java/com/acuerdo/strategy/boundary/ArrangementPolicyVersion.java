package com.acuerdo.strategy.boundary;

import com.acuerdo.strategy.control.ArrangementPolicyDraft;
import java.time.LocalDate;

/** One stored version of an arrangement policy (per product, currency and bucket) and where it stands today. */
public record ArrangementPolicyVersion(ArrangementPolicyDraft policy, LocalDate effectiveFrom, VersionState state) {}
