package com.acuerdo.strategy.boundary;

import com.acuerdo.strategy.entity.ConfigurationProposal;
import java.time.Instant;
import java.time.LocalDate;

/** A proposal as the screens list it; {@code summary} is the proposed change in words of the rows. */
public record Proposal(
        long id,
        ConfigurationProposal.Kind kind,
        String subject,
        String summary,
        LocalDate effectiveFrom,
        String reason,
        String proposedBy,
        Instant proposedAt,
        ConfigurationProposal.Status status,
        String decidedBy,
        String decisionNote,
        long version) {}
