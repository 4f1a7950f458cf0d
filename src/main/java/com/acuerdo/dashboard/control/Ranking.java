package com.acuerdo.dashboard.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks of agents on one figure, "competition" style: equal figures share a rank and the next rank
 * skips (1, 2, 2, 4). An unknown figure (null) has no rank and does not push anyone down.
 */
public final class Ranking {

    private Ranking() {}

    /**
     * @param values one figure per agent, in the agents' order
     * @param higherIsBetter whether the largest value ranks first
     * @return the rank of each value, same order; null for a null value
     */
    public static List<Integer> ranks(List<BigDecimal> values, boolean higherIsBetter) {
        var ranks = new ArrayList<Integer>(values.size());
        for (var value : values) {
            if (value == null) {
                ranks.add(null);
                continue;
            }
            int better = 0;
            for (var other : values) {
                if (other != null && (higherIsBetter ? other.compareTo(value) > 0 : other.compareTo(value) < 0)) {
                    better++;
                }
            }
            ranks.add(better + 1);
        }
        return ranks;
    }

    /** The mean of the known ranks of one agent; null when none is known. Lower is better. */
    public static BigDecimal meanRank(List<Integer> ranks) {
        long sum = 0;
        long known = 0;
        for (var rank : ranks) {
            if (rank != null) {
                sum += rank;
                known++;
            }
        }
        return Ratios.mean(sum, known);
    }
}
