package com.acuerdo.strategy.boundary;

import com.acuerdo.strategy.control.ObjectionDraft;
import java.time.LocalDate;

/** One stored version of an objection guide and where it stands today. */
public record ObjectionVersion(ObjectionDraft guide, LocalDate effectiveFrom, boolean withdrawn, VersionState state) {}
