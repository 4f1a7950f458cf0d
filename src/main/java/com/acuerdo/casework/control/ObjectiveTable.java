package com.acuerdo.casework.control;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.entity.Objective;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The strategy's objective per product and bucket on a date (the latest row in force), falling back to
 * the department's default objective of the bucket; none while current.
 */
public final class ObjectiveTable {

    public record Row(String product, AgingBucket bucket, Objective objective, LocalDate effectiveFrom) {}

    private final List<Row> rows;

    public ObjectiveTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public Optional<Objective> objectiveFor(String product, AgingBucket bucket, LocalDate date) {
        if (!bucket.isDelinquent()) {
            return Optional.empty();
        }
        return rows.stream()
                .filter(row -> row.product().equals(product) && row.bucket() == bucket)
                .filter(row -> !row.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(Row::effectiveFrom))
                .map(Row::objective)
                .or(bucket::defaultObjective);
    }
}
