package com.acuerdo.assignment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** An agent of the caller's teams, what they can take and what they carry now. */
public record AgentLoad(
        long agentId,
        String name,
        long teamId,
        String teamName,
        boolean active,
        int capacity,
        long openCases,
        BigDecimal balance,
        boolean absentToday)
        implements Serializable {}
