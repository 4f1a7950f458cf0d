package com.acuerdo.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** One reason a case is where it is in the worklist, e.g. "DAYS_PAST_DUE" worth 35 points. */
@Embeddable
public class PriorityPart {

    /** A code that screens translate through the resource bundles. */
    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "points", nullable = false, precision = 19, scale = 4)
    private BigDecimal points;

    protected PriorityPart() {}

    public PriorityPart(String name, BigDecimal points) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a priority part needs a name");
        }
        this.name = name;
        this.points = Objects.requireNonNull(points, "points");
    }

    public String name() {
        return name;
    }

    public BigDecimal points() {
        return points;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorityPart other && name.equals(other.name) && points.compareTo(other.points) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, points.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return name + "=" + points.toPlainString();
    }
}
