package com.acuerdo.arrangement.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.money.Money;

/**
 * A line of the approval queue screen: the arrangement with who it is for and who asked for it.
 *
 * @param agentName the agent who proposed it, or null when it was not an agent
 */
public record PendingApproval(
        ArrangementView arrangement, String clientName, Money balance, AgingBucket bucket, String agentName) {}
