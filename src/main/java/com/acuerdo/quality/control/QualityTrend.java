package com.acuerdo.quality.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An agent's quality over time, week by week: the mean total and the mean of each section, the number
 * of reviews and of critical fails; and, for each coaching action, the mean score before it was set
 * against the mean after — whether coaching helped.
 */
public final class QualityTrend {

    /** One counted review: its day, total, section scores (section → score) and whether it failed critically. */
    public record Review(LocalDate on, BigDecimal total, Map<String, BigDecimal> sections, boolean criticalFail) {}

    public record Week(
            LocalDate monday,
            int reviews,
            int criticalFails,
            BigDecimal meanTotal,
            Map<String, BigDecimal> meanSections) {}

    /** Mean before and after the day a coaching action was set; empty when one side has no review. */
    public record Effect(LocalDate setOn, Optional<BigDecimal> before, Optional<BigDecimal> after) {

        public Optional<Boolean> improved() {
            return before.isPresent() && after.isPresent()
                    ? Optional.of(after.get().compareTo(before.get()) > 0)
                    : Optional.empty();
        }
    }

    private QualityTrend() {}

    public static List<Week> weekly(List<Review> reviews) {
        var byWeek = new TreeMap<LocalDate, List<Review>>();
        for (var review : reviews) {
            byWeek.computeIfAbsent(mondayOf(review.on()), week -> new ArrayList<>())
                    .add(review);
        }
        var weeks = new ArrayList<Week>();
        byWeek.forEach((monday, inWeek) -> {
            var sections = new TreeMap<String, List<BigDecimal>>();
            inWeek.forEach(review -> review.sections()
                    .forEach((name, score) -> sections.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(score)));
            var meanSections = new TreeMap<String, BigDecimal>();
            sections.forEach((name, scores) -> meanSections.put(name, mean(scores)));
            weeks.add(new Week(
                    monday,
                    inWeek.size(),
                    (int) inWeek.stream().filter(Review::criticalFail).count(),
                    mean(inWeek.stream().map(Review::total).toList()),
                    Map.copyOf(meanSections)));
        });
        return List.copyOf(weeks);
    }

    /** Before: reviews of calls before the day it was set; after: on or after that day. */
    public static Effect effectOf(LocalDate setOn, List<Review> reviews) {
        var before = reviews.stream()
                .filter(r -> r.on().isBefore(setOn))
                .map(Review::total)
                .toList();
        var after = reviews.stream()
                .filter(r -> !r.on().isBefore(setOn))
                .map(Review::total)
                .toList();
        return new Effect(
                setOn,
                before.isEmpty() ? Optional.empty() : Optional.of(mean(before)),
                after.isEmpty() ? Optional.empty() : Optional.of(mean(after)));
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
