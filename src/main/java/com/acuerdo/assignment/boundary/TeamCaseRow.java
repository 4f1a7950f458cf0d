package com.acuerdo.assignment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** One case on the supervisor's table. */
public record TeamCaseRow(
        long caseId,
        String clientName,
        String bucket,
        String status,
        Long agentId,
        String agentName,
        String teamName,
        boolean escalated,
        BigDecimal priority)
        implements Serializable {}
