package com.acuerdo.quality.boundary;

import com.acuerdo.quality.entity.CoachingOutcome;
import com.acuerdo.quality.entity.CoachingStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A coaching action as its screens show it. */
public record CoachingView(
        long actionId,
        long version,
        long agentId,
        String agentName,
        Long reviewId,
        String focusCriterionCode,
        String focusEs,
        String focusEn,
        String goal,
        LocalDate dueDate,
        String notes,
        CoachingStatus status,
        CoachingOutcome outcome,
        String coachName,
        Instant createdAt,
        Instant acknowledgedAt,
        Instant closedAt,
        boolean overdue)
        implements Serializable {

    public boolean isOpen() {
        return status != CoachingStatus.CLOSED;
    }
}
