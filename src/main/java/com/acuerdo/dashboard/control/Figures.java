package com.acuerdo.dashboard.control;

import java.math.BigDecimal;

/**
 * The dashboard's figures computed from one tally (definitions in README, "Results dashboard").
 * Percentages have one decimal, means two; null = no denominator (shown as "—").
 */
public record Figures(
        long accounts,
        BigDecimal balance,
        BigDecimal cureRate,
        BigDecimal containment,
        long promisesMade,
        BigDecimal keptPercent,
        BigDecimal brokenPercent,
        BigDecimal promisedAmount,
        BigDecimal promisePaidAmount,
        long arrangementsActive,
        long arrangementsKept,
        long arrangementsBroken,
        long attempts,
        BigDecimal rightPartyPercent,
        BigDecimal contactsPerAgentDay,
        BigDecimal refusedPercent,
        BigDecimal collected,
        BigDecimal due,
        BigDecimal recoveryPercent,
        BigDecimal retentionPercent,
        long cures,
        long mobile,
        BigDecimal mobilityPercent,
        BigDecimal averageScore,
        long disputes,
        long toneRefusals) {

    public static Figures of(Tally t) {
        long resolved = t.promisesKept + t.promisesPartial + t.promisesBroken;
        var due = t.collected.add(t.outstanding);
        return new Figures(
                t.accounts,
                t.balance,
                t.rolls.cureRate(),
                t.rolls.containment(),
                t.promisesMade,
                Ratios.percent(t.promisesKept, resolved),
                Ratios.percent(t.promisesBroken, resolved),
                t.promisedAmount,
                t.promisePaidAmount,
                t.arrangementsActive,
                t.arrangementsKept,
                t.arrangementsBroken,
                t.attempts,
                Ratios.percent(t.rightPartyContacts, t.attempts),
                Ratios.mean(t.contacts, t.agentDays),
                Ratios.percent(t.guardRefusals, t.guardRefusals + t.attempts),
                t.collected,
                due,
                Ratios.percent(t.collected, due),
                Ratios.percent(t.retained, t.curedCohort),
                t.cures,
                t.mobile,
                Ratios.percent(t.mobile, t.cures),
                Ratios.mean(t.reviewScoreSum, t.reviews),
                t.disputes,
                t.toneRefusals);
    }
}
