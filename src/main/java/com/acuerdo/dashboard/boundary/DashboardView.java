package com.acuerdo.dashboard.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.dashboard.control.AgentRanks;
import com.acuerdo.dashboard.control.Figures;
import com.acuerdo.dashboard.control.RollMatrix;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the dashboard shows for one filter.
 *
 * @param snapshotOn the portfolio snapshot the bucket figures come from (null: none taken yet)
 */
public record DashboardView(
        DashboardFilter filter,
        LocalDate snapshotOn,
        List<BucketRow> portfolio,
        List<TrendPoint> trend,
        RollMatrix rolls,
        Figures team,
        List<AgentRow> agents) {

    public record BucketRow(AgingBucket bucket, long accounts, BigDecimal balance) {}

    public record TrendPoint(LocalDate day, AgingBucket bucket, long accounts, BigDecimal balance) {}

    /** agentId null: the cases no agent holds. */
    public record AgentRow(Long agentId, String name, Figures figures, AgentRanks ranks) {}
}
