package com.acuerdo.quality.boundary;

import com.acuerdo.quality.control.QualityTrend;
import com.acuerdo.quality.entity.CoachingStatus;
import java.io.Serializable;
import java.util.List;

/** An agent's quality trend: week by week, and the effect of each coaching action. */
public record AgentTrend(
        long agentId,
        String agentName,
        List<QualityTrend.Week> weeks,
        List<CoachingEffect> coaching,
        long coachingOpen,
        long coachingClosed)
        implements Serializable {

    public record CoachingEffect(String goal, CoachingStatus status, QualityTrend.Effect effect)
            implements Serializable {}

    public int getReviews() {
        return weeks.stream().mapToInt(QualityTrend.Week::reviews).sum();
    }

    public int getCriticalFails() {
        return weeks.stream().mapToInt(QualityTrend.Week::criticalFails).sum();
    }
}
