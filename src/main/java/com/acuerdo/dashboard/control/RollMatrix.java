package com.acuerdo.dashboard.control;

import com.acuerdo.aging.entity.AgingBucket;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bucket-to-bucket migration between two dates: how many accounts were in bucket {@code from} on
 * the first date and in bucket {@code to} on the second. From it: the cure rate (delinquent on the
 * first date, CURRENT on the second), containment (did not roll to a worse bucket) and the roll rate
 * of each bucket.
 */
public final class RollMatrix {

    private final Map<AgingBucket, Map<AgingBucket, Long>> counts = new EnumMap<>(AgingBucket.class);

    public RollMatrix add(AgingBucket from, AgingBucket to, long accounts) {
        counts.computeIfAbsent(from, b -> new EnumMap<>(AgingBucket.class)).merge(to, accounts, Long::sum);
        return this;
    }

    public RollMatrix plus(RollMatrix other) {
        var sum = new RollMatrix();
        for (var matrix : new RollMatrix[] {this, other}) {
            matrix.counts.forEach((from, row) -> row.forEach((to, n) -> sum.add(from, to, n)));
        }
        return sum;
    }

    public long count(AgingBucket from, AgingBucket to) {
        return counts.getOrDefault(from, Map.of()).getOrDefault(to, 0L);
    }

    public long rowTotal(AgingBucket from) {
        return counts.getOrDefault(from, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    public long total() {
        return counts.keySet().stream().mapToLong(this::rowTotal).sum();
    }

    /** Accounts in a delinquent bucket on the first date. */
    public long delinquentAtStart() {
        return counts.keySet().stream()
                .filter(AgingBucket::isDelinquent)
                .mapToLong(this::rowTotal)
                .sum();
    }

    /** Delinquent on the first date, CURRENT on the second. */
    public long cured() {
        return counts.keySet().stream()
                .filter(AgingBucket::isDelinquent)
                .mapToLong(from -> count(from, AgingBucket.CURRENT))
                .sum();
    }

    /** Accounts whose bucket on the second date is worse than on the first. */
    public long rolledForward() {
        long rolled = 0;
        for (var from : counts.keySet()) {
            for (var cell : counts.get(from).entrySet()) {
                if (cell.getKey().ordinal() > from.ordinal()) {
                    rolled += cell.getValue();
                }
            }
        }
        return rolled;
    }

    /** Accounts that did not roll forward (stayed or improved). */
    public long contained() {
        return total() - rolledForward();
    }

    /** Cured ÷ delinquent on the first date, in %; null without delinquent accounts. */
    public BigDecimal cureRate() {
        return Ratios.percent(cured(), delinquentAtStart());
    }

    /** Contained ÷ all accounts of the matrix, in %; null when it is empty. */
    public BigDecimal containment() {
        return Ratios.percent(contained(), total());
    }

    /** Share of one bucket's accounts that rolled to a worse bucket, in %; null for an empty row. */
    public BigDecimal rollRate(AgingBucket from) {
        long forward = 0;
        for (var cell : counts.getOrDefault(from, Map.of()).entrySet()) {
            if (cell.getKey().ordinal() > from.ordinal()) {
                forward += cell.getValue();
            }
        }
        return Ratios.percent(forward, rowTotal(from));
    }
}
