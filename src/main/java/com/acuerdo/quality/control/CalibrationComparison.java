package com.acuerdo.quality.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far a calibration session's reviewers are from the expert and from each other: per criterion,
 * the share of reviewers who answered as the expert did; the spread of the total scores (highest minus
 * lowest, the expert included); each reviewer's distance from the expert's score.
 */
public final class CalibrationComparison {

    /** One scorer's answers (criterion code → YES, NO, NA or a scale value) and total. */
    public record Scorer(String name, Map<String, String> answers, BigDecimal score) {}

    public record CriterionAgreement(String code, String expertAnswer, List<String> answers, int agreementPercent) {}

    public record Result(
            List<CriterionAgreement> criteria,
            BigDecimal spread,
            Map<String, BigDecimal> distanceFromExpert,
            BigDecimal meanAbsoluteDistance) {}

    private CalibrationComparison() {}

    public static Result compare(List<String> criterionCodes, Scorer expert, List<Scorer> reviewers) {
        if (reviewers.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one reviewer besides the expert");
        }
        var criteria = new ArrayList<CriterionAgreement>();
        for (var code : criterionCodes) {
            var expected = expert.answers().get(code);
            var answers = reviewers.stream().map(r -> r.answers().get(code)).toList();
            long same = answers.stream()
                    .filter(answer -> Objects.equals(answer, expected))
                    .count();
            criteria.add(new CriterionAgreement(code, expected, answers, percent(same, answers.size())));
        }
        var scores = new ArrayList<BigDecimal>();
        scores.add(expert.score());
        reviewers.forEach(r -> scores.add(r.score()));
        var spread = scores.stream()
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .subtract(scores.stream().min(Comparator.naturalOrder()).orElseThrow());
        var distances = new java.util.LinkedHashMap<String, BigDecimal>();
        reviewers.forEach(r -> distances.put(r.name(), r.score().subtract(expert.score())));
        var mean = distances.values().stream()
                .map(BigDecimal::abs)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(reviewers.size()), 2, RoundingMode.HALF_UP);
        return new Result(List.copyOf(criteria), spread, Map.copyOf(distances), mean);
    }

    /** Whole percent, half up: 2 of 3 is 67. */
    private static int percent(long part, int whole) {
        return BigDecimal.valueOf(part * 100)
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
