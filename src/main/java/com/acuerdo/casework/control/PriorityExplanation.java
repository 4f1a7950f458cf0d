package com.acuerdo.casework.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a case sits where it does in the worklist: its score's parts, largest first, as one line of
 * text such as "Días de atraso 35 · Saldo 20". The labels come from the screen's bundle.
 */
public final class PriorityExplanation {

    /** One part of a score: a factor code (e.g. DAYS_PAST_DUE) and its points. */
    public record Part(String factor, BigDecimal points) implements java.io.Serializable {}

    private PriorityExplanation() {}

    public static String of(List<Part> parts, Function<String, String> label) {
        return parts.stream()
                .sorted((a, b) -> b.points().compareTo(a.points()))
                .map(part -> label.apply(part.factor()) + " " + points(part.points()))
                .collect(Collectors.joining(" · "));
    }

    /** Points read as whole numbers when they are, else with one decimal. */
    public static String points(BigDecimal points) {
        var rounded = points.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
