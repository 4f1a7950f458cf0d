package com.acuerdo.casework.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.money.Money;
import java.io.Serializable;
import java.util.List;

/** One team's open portfolio: per agent, and by bucket. */
public record TeamSummary(long teamId, String name, long openCases, List<AgentLoad> agents, List<BucketCount> buckets)
        implements Serializable {

    /** An agent's open cases and what their clients owe (one amount per currency). */
    public record AgentLoad(Long agentId, String name, long openCases, List<Money> balances) implements Serializable {}

    public record BucketCount(AgingBucket bucket, long cases) implements Serializable {}
}
