package com.acuerdo.dashboard.boundary;

import java.math.BigDecimal;

/** One account behind a number, with its case (the link to the case page). */
public record DrillRow(
        long caseId,
        String client,
        String account,
        String product,
        String fromBucket,
        String toBucket,
        String agent,
        BigDecimal balance) {}
