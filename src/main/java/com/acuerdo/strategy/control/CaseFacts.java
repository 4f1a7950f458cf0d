package com.acuerdo.strategy.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the priority of a case is computed from.
 *
 * @param balance outstanding balance in the case's currency units (not negative)
 * @param daysPastDue days past due of the worst account
 * @param risk probability-like score of not paying, 0..1
 * @param promiseDueToday a promise or instalment falls due on the business date
 * @param brokenPromises promises broken so far
 * @param callbackDue the client asked to be called back today (or earlier)
 * @param daysSinceLastContact calendar days since the last contact; {@code null} = never contacted
 */
public record CaseFacts(
        BigDecimal balance,
        int daysPastDue,
        BigDecimal risk,
        boolean promiseDueToday,
        int brokenPromises,
        boolean callbackDue,
        Integer daysSinceLastContact) {

    public CaseFacts {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(risk, "risk");
        if (balance.signum() < 0) {
            throw new IllegalArgumentException("balance cannot be negative");
        }
        if (daysPastDue < 0 || brokenPromises < 0) {
            throw new IllegalArgumentException("days past due and broken promises cannot be negative");
        }
        if (risk.signum() < 0 || risk.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("risk must be between 0 and 1: " + risk);
        }
        if (daysSinceLastContact != null && daysSinceLastContact < 0) {
            throw new IllegalArgumentException("days since last contact cannot be negative");
        }
    }
}
