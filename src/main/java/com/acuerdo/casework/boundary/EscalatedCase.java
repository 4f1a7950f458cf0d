package com.acuerdo.casework.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the supervisor's escalation list: a case and why the nightly escalation put it there. */
public record EscalatedCase(
        long caseId,
        String clientName,
        String teamName,
        String reason,
        String bucket,
        LocalDate escalatedOn,
        String assignedAgent)
        implements Serializable {}
