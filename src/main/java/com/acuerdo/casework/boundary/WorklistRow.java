package com.acuerdo.casework.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.PriorityExplanation.Part;
import com.acuerdo.platform.money.Money;
import com.acuerdo.strategy.entity.Objective;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a worklist: a read model assembled from a few page-sized queries, never from loading
 * the aggregates.
 *
 * @param balances what the client owes on the case's accounts, one amount per currency
 * @param nextPromiseDue the earliest open promise's due date, or null
 * @param lastContactAt the last contact with the client, or null
 */
public record WorklistRow(
        long caseId,
        String customerName,
        String agentName,
        AgingBucket bucket,
        int daysPastDue,
        List<Money> balances,
        Objective objective,
        BigDecimal priorityScore,
        List<Part> priorityParts,
        LocalDate nextPromiseDue,
        Instant lastContactAt)
        implements Serializable {}
