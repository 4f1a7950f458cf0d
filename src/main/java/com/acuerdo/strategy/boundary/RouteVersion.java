package com.acuerdo.strategy.boundary;

import com.acuerdo.strategy.control.RouteDraft;
import java.time.LocalDate;

/** One stored version of a solution route and where it stands today. */
public record RouteVersion(RouteDraft route, LocalDate effectiveFrom, boolean withdrawn, VersionState state) {}
