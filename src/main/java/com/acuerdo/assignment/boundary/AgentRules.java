package com.acuerdo.assignment.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What the assignment rule knows of an agent, for the supervisor to edit. Names of enum values; the
 * shift as HH:mm.
 */
public record AgentRules(
        long agentId,
        String name,
        String teamName,
        int capacity,
        List<String> languages,
        List<String> products,
        List<String> buckets,
        List<String> absences,
        List<String> workingDays,
        String shiftStart,
        String shiftEnd)
        implements Serializable {}
