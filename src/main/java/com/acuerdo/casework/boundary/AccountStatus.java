package com.acuerdo.casework.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.platform.money.Money;
import com.acuerdo.strategy.entity.Objective;
import java.time.LocalDate;
import java.util.List;

/**
 * An account as collections sees it (integration contract, GET /accounts/{accountId}).
 *
 * @param caseId the open case linking the account, or null
 * @param objective null when the account is current
 * @param assignedAgent the username of the case's agent, or null
 * @param restrictions the ones active on the business date for this account (or the whole client)
 */
public record AccountStatus(
        String accountId,
        String customerId,
        Money balance,
        int daysPastDue,
        AgingBucket bucket,
        Long caseId,
        Objective objective,
        String assignedAgent,
        List<Restriction> restrictions) {

    public record Restriction(RestrictionType type, LocalDate from, LocalDate until) {}
}
