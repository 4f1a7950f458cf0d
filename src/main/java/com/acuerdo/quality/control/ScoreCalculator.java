package com.acuerdo.quality.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The score of a review in percent. Each applicable item earns its weight times how well it was met
 * (yes = all, no = nothing, a scale value in proportion to its maximum); the score is what was
 * earned over the weight of the applicable items, so N/A items re-weight the rest. Any failed
 * critical item fails the whole review: score 0 and critical failed. Weights need not add up to
 * 100. Rounded half-up to 2 decimals at the end only.
 */
public final class ScoreCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreCalculator() {}

    /** One answered criterion. {@code earned} is 0..1; ignored when not applicable. */
    public record Item(BigDecimal weight, boolean critical, boolean notApplicable, BigDecimal earned) {

        public Item {
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("weight cannot be negative");
            }
            if (!notApplicable && (earned == null || earned.signum() < 0 || earned.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("earned must be between 0 and 1: " + earned);
            }
        }

        public static Item yes(int weight, boolean critical) {
            return new Item(BigDecimal.valueOf(weight), critical, false, BigDecimal.ONE);
        }

        public static Item no(int weight, boolean critical) {
            return new Item(BigDecimal.valueOf(weight), critical, false, BigDecimal.ZERO);
        }

        public static Item notApplicable(int weight, boolean critical) {
            return new Item(BigDecimal.valueOf(weight), critical, true, null);
        }

        public static Item scale(int weight, int value, int max) {
            if (max < 1 || value < 0 || value > max) {
                throw new IllegalArgumentException("scale value " + value + " outside 0.." + max);
            }
            return new Item(
                    BigDecimal.valueOf(weight),
                    false,
                    false,
                    BigDecimal.valueOf(value).divide(BigDecimal.valueOf(max), MathContext.DECIMAL128));
        }

        /** A critical item fails when it earned nothing. */
        boolean failsCritically() {
            return critical && !notApplicable && earned.signum() == 0;
        }
    }

    /**
     * @param score percent with 2 decimals; {@code null} when nothing was applicable
     * @param criticalFailed a critical item failed (score is then 0)
     */
    public record Result(BigDecimal score, boolean criticalFailed) {

        public boolean isScorable() {
            return score != null;
        }
    }

    public static Result score(List<Item> items) {
        if (items.stream().anyMatch(Item::failsCritically)) {
            return new Result(BigDecimal.ZERO.setScale(2), true);
        }
        var applicable = items.stream().filter(item -> !item.notApplicable()).toList();
        var possible = applicable.stream().map(Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (possible.signum() == 0) {
            return new Result(null, false);
        }
        var earned = applicable.stream()
                .map(item -> item.weight().multiply(item.earned(), MathContext.DECIMAL128))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var score = earned.multiply(HUNDRED)
                .divide(possible, MathContext.DECIMAL128)
                .setScale(2, RoundingMode.HALF_UP);
        return new Result(score, false);
    }
}
