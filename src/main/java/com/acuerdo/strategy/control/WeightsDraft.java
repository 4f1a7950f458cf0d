package com.acuerdo.strategy.control;

import com.acuerdo.strategy.entity.PriorityWeights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The worklist priority weights as the screen edits them (a weight per factor, caps of graded facts). */
public record WeightsDraft(
        int balanceWeight,
        BigDecimal balanceCap,
        int daysPastDueWeight,
        int daysPastDueCap,
        int riskWeight,
        int promiseDueTodayWeight,
        int brokenPromisesWeight,
        int brokenPromisesCap,
        int callbackDueWeight,
        int sinceContactWeight,
        int sinceContactCapDays) {

    public static WeightsDraft of(PriorityWeights w) {
        return new WeightsDraft(
                w.balanceWeight(),
                w.balanceCap(),
                w.daysPastDueWeight(),
                w.daysPastDueCap(),
                w.riskWeight(),
                w.promiseDueTodayWeight(),
                w.brokenPromisesWeight(),
                w.brokenPromisesCap(),
                w.callbackDueWeight(),
                w.sinceContactWeight(),
                w.sinceContactCapDays());
    }

    /** The row; call only with a draft {@link ConfigurationRules#weights} accepts. */
    public PriorityWeights toWeights(LocalDate effectiveFrom) {
        return PriorityWeights.effectiveFrom(effectiveFrom)
                .balance(balanceWeight, balanceCap)
                .daysPastDue(daysPastDueWeight, daysPastDueCap)
                .risk(riskWeight)
                .promiseDueToday(promiseDueTodayWeight)
                .brokenPromises(brokenPromisesWeight, brokenPromisesCap)
                .callbackDue(callbackDueWeight)
                .sinceLastContact(sinceContactWeight, sinceContactCapDays)
                .build();
    }

    /** The weight of each factor. */
    public Map<PriorityFactor, Integer> weights() {
        var weights = new EnumMap<PriorityFactor, Integer>(PriorityFactor.class);
        weights.put(PriorityFactor.BALANCE, balanceWeight);
        weights.put(PriorityFactor.DAYS_PAST_DUE, daysPastDueWeight);
        weights.put(PriorityFactor.RISK, riskWeight);
        weights.put(PriorityFactor.PROMISE_DUE_TODAY, promiseDueTodayWeight);
        weights.put(PriorityFactor.BROKEN_PROMISES, brokenPromisesWeight);
        weights.put(PriorityFactor.CALLBACK_DUE, callbackDueWeight);
        weights.put(PriorityFactor.SINCE_LAST_CONTACT, sinceContactWeight);
        return weights;
    }
}
