package com.acuerdo.strategy.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Picks the rule rows in force on a date. Rules are data with an effective date and history is kept:
 * the row in force is the one with the latest {@code effective_from} on or before the date. A row
 * that withdraws a key (e.g. a talking point retired) is in force like any other and then filtered
 * out, so a withdrawal also has its effective date.
 */
public final class InForce {

    private InForce() {}

    /** The single row in force on {@code date}, or empty when every row starts later. */
    public static <T> Optional<T> on(LocalDate date, Collection<T> rows, Function<T, LocalDate> effectiveFrom) {
        Objects.requireNonNull(date, "date");
        T best = null;
        for (T row : rows) {
            var from = effectiveFrom.apply(row);
            if (!from.isAfter(date) && (best == null || from.isAfter(effectiveFrom.apply(best)))) {
                best = row;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * For rows that are versioned per key (talking point code, route code …): the row in force on
     * {@code date} for each key, in the order keys first appear, without the withdrawn ones.
     */
    public static <T, K> List<T> perKey(
            LocalDate date,
            Collection<T> rows,
            Function<T, K> key,
            Function<T, LocalDate> effectiveFrom,
            Predicate<T> withdrawn) {
        var byKey = new LinkedHashMap<K, List<T>>();
        for (T row : rows) {
            byKey.computeIfAbsent(key.apply(row), k -> new java.util.ArrayList<>())
                    .add(row);
        }
        return byKey.values().stream()
                .map(versions -> on(date, versions, effectiveFrom))
                .flatMap(Optional::stream)
                .filter(withdrawn.negate())
                .toList();
    }
}
