package com.acuerdo.strategy.control;

import com.acuerdo.strategy.entity.PriorityWeights;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An explainable worklist priority: the total and the points each fact contributed, so the agent
 * sees why a case is at the top. Graded facts are linear up to their cap; points have 2 decimals,
 * rounded half-up, and the total is the sum of the shown parts (what you see adds up).
 */
public record PriorityScore(BigDecimal total, List<Part> parts) {

    public record Part(PriorityFactor factor, BigDecimal points) {}

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public PriorityScore {
        parts = List.copyOf(parts);
    }

    public static PriorityScore of(PriorityWeights weights, CaseFacts facts) {
        var parts = new ArrayList<Part>();
        parts.add(part(PriorityFactor.BALANCE, weights.balanceWeight(), ratio(facts.balance(), weights.balanceCap())));
        parts.add(part(
                PriorityFactor.DAYS_PAST_DUE,
                weights.daysPastDueWeight(),
                ratio(facts.daysPastDue(), weights.daysPastDueCap())));
        parts.add(part(PriorityFactor.RISK, weights.riskWeight(), facts.risk()));
        parts.add(
                part(PriorityFactor.PROMISE_DUE_TODAY, weights.promiseDueTodayWeight(), flag(facts.promiseDueToday())));
        parts.add(part(
                PriorityFactor.BROKEN_PROMISES,
                weights.brokenPromisesWeight(),
                ratio(facts.brokenPromises(), weights.brokenPromisesCap())));
        parts.add(part(PriorityFactor.CALLBACK_DUE, weights.callbackDueWeight(), flag(facts.callbackDue())));
        // Never contacted counts as the longest silence.
        var silence = facts.daysSinceLastContact() == null
                ? BigDecimal.ONE
                : ratio(facts.daysSinceLastContact(), weights.sinceContactCapDays());
        parts.add(part(PriorityFactor.SINCE_LAST_CONTACT, weights.sinceContactWeight(), silence));

        var total = parts.stream().map(Part::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PriorityScore(total.setScale(2, RoundingMode.HALF_UP), parts);
    }

    /** Points of one factor (zero when it contributed nothing). */
    public BigDecimal pointsOf(PriorityFactor factor) {
        return parts.stream()
                .filter(part -> part.factor() == factor)
                .map(Part::points)
                .findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The parts that contributed, biggest first: the explanation shown to the agent. */
    public List<Part> explanation() {
        return parts.stream()
                .filter(part -> part.points().signum() > 0)
                .sorted(Comparator.comparing(Part::points).reversed())
                .toList();
    }

    private static Part part(PriorityFactor factor, int weight, BigDecimal fraction) {
        var points = BigDecimal.valueOf(weight).multiply(fraction, PRECISION).setScale(2, RoundingMode.HALF_UP);
        return new Part(factor, points);
    }

    private static BigDecimal ratio(BigDecimal value, BigDecimal cap) {
        return value.compareTo(cap) >= 0 ? BigDecimal.ONE : value.divide(cap, PRECISION);
    }

    private static BigDecimal ratio(int value, int cap) {
        return ratio(BigDecimal.valueOf(value), BigDecimal.valueOf(cap));
    }

    private static BigDecimal flag(boolean on) {
        return on ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
