package com.acuerdo.strategy.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the top of a worklist would change under other weights. Each stored part of a case's score is
 * {@code weight × fraction}; the fraction is recovered from the weight in force and multiplied by
 * the proposed one. A factor whose weight in force is zero shows no fraction, so it stays at zero
 * (the nightly run with the new weights computes it from the facts).
 */
public final class WeightsPreview {

    /** A case of the sample with the points of each factor as stored. */
    public record SampleCase(long caseId, String client, Map<PriorityFactor, BigDecimal> points) {}

    /** A case's rank and score now and under the proposed weights (ranks from 1). */
    public record Line(
            long caseId, String client, int rankNow, BigDecimal scoreNow, int rankThen, BigDecimal scoreThen) {

        /** Positive when the case moves up. */
        public int movement() {
            return rankNow - rankThen;
        }
    }

    private WeightsPreview() {}

    public static List<Line> of(
            List<SampleCase> sample, Map<PriorityFactor, Integer> now, Map<PriorityFactor, Integer> then, int top) {
        var scoresNow = new HashMap<Long, BigDecimal>();
        var scoresThen = new HashMap<Long, BigDecimal>();
        for (var kase : sample) {
            var before = BigDecimal.ZERO;
            var after = BigDecimal.ZERO;
            for (var part : kase.points().entrySet()) {
                before = before.add(part.getValue());
                int weightNow = now.getOrDefault(part.getKey(), 0);
                if (weightNow > 0) {
                    after = after.add(part.getValue()
                            .multiply(BigDecimal.valueOf(then.getOrDefault(part.getKey(), 0)))
                            .divide(BigDecimal.valueOf(weightNow), MathContext.DECIMAL64));
                }
            }
            scoresNow.put(kase.caseId(), before.setScale(2, RoundingMode.HALF_UP));
            scoresThen.put(kase.caseId(), after.setScale(2, RoundingMode.HALF_UP));
        }
        var ranksNow = ranks(sample, scoresNow);
        var ranksThen = ranks(sample, scoresThen);
        var lines = new ArrayList<Line>();
        for (var kase : sample) {
            lines.add(new Line(
                    kase.caseId(),
                    kase.client(),
                    ranksNow.get(kase.caseId()),
                    scoresNow.get(kase.caseId()),
                    ranksThen.get(kase.caseId()),
                    scoresThen.get(kase.caseId())));
        }
        return lines.stream()
                .sorted(Comparator.comparingInt(Line::rankThen))
                .limit(top)
                .toList();
    }

    /** Highest score first; ties by the older case (lower id), as a stable order. */
    private static Map<Long, Integer> ranks(List<SampleCase> sample, Map<Long, BigDecimal> scores) {
        var ordered = sample.stream()
                .map(SampleCase::caseId)
                .sorted(Comparator.comparing((Long id) -> scores.get(id))
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        var ranks = new HashMap<Long, Integer>();
        for (int i = 0; i < ordered.size(); i++) {
            ranks.put(ordered.get(i), i + 1);
        }
        return ranks;
    }
}
