package com.acuerdo.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How much each fact of a case weighs in its worklist priority, from a date on. A weight is the most
 * points a factor can give; graded factors reach it at their cap (e.g. a balance at or above
 * {@code balanceCap}, {@code daysPastDueCap} days past due), yes/no factors give it or nothing.
 */
@Entity
@Table(name = "priority_weights")
public class PriorityWeights {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "priority_weights_seq")
    @SequenceGenerator(name = "priority_weights_seq", sequenceName = "priority_weights_seq", allocationSize = 50)
    private Long id;

    @Column(name = "effective_from", nullable = false, unique = true)
    private LocalDate effectiveFrom;

    @Column(name = "balance_weight", nullable = false)
    private int balanceWeight;

    /** Balance that earns the whole balance weight, in the case's currency units. */
    @Column(name = "balance_cap", nullable = false, precision = 19, scale = 4)
    private BigDecimal balanceCap;

    @Column(name = "days_past_due_weight", nullable = false)
    private int daysPastDueWeight;

    @Column(name = "days_past_due_cap", nullable = false)
    private int daysPastDueCap;

    @Column(name = "risk_weight", nullable = false)
    private int riskWeight;

    @Column(name = "promise_due_today_weight", nullable = false)
    private int promiseDueTodayWeight;

    @Column(name = "broken_promises_weight", nullable = false)
    private int brokenPromisesWeight;

    @Column(name = "broken_promises_cap", nullable = false)
    private int brokenPromisesCap;

    @Column(name = "callback_due_weight", nullable = false)
    private int callbackDueWeight;

    @Column(name = "since_contact_weight", nullable = false)
    private int sinceContactWeight;

    @Column(name = "since_contact_cap_days", nullable = false)
    private int sinceContactCapDays;

    @Version
    private long version;

    protected PriorityWeights() {}

    private PriorityWeights(Builder b) {
        this.effectiveFrom = Objects.requireNonNull(b.effectiveFrom, "effectiveFrom");
        this.balanceWeight = nonNegative(b.balanceWeight, "balance weight");
        this.balanceCap = Objects.requireNonNull(b.balanceCap, "balanceCap");
        if (balanceCap.signum() <= 0) {
            throw new IllegalArgumentException("balance cap must be positive");
        }
        this.daysPastDueWeight = nonNegative(b.daysPastDueWeight, "days past due weight");
        this.daysPastDueCap = positive(b.daysPastDueCap, "days past due cap");
        this.riskWeight = nonNegative(b.riskWeight, "risk weight");
        this.promiseDueTodayWeight = nonNegative(b.promiseDueTodayWeight, "promise due today weight");
        this.brokenPromisesWeight = nonNegative(b.brokenPromisesWeight, "broken promises weight");
        this.brokenPromisesCap = positive(b.brokenPromisesCap, "broken promises cap");
        this.callbackDueWeight = nonNegative(b.callbackDueWeight, "callback due weight");
        this.sinceContactWeight = nonNegative(b.sinceContactWeight, "since last contact weight");
        this.sinceContactCapDays = positive(b.sinceContactCapDays, "since last contact cap");
    }

    public static Builder effectiveFrom(LocalDate date) {
        return new Builder(date);
    }

    private static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative");
        }
        return value;
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return value;
    }

    /** The highest score a case can reach with these weights. */
    public int maximum() {
        return balanceWeight
                + daysPastDueWeight
                + riskWeight
                + promiseDueTodayWeight
                + brokenPromisesWeight
                + callbackDueWeight
                + sinceContactWeight;
    }

    public Long id() {
        return id;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public int balanceWeight() {
        return balanceWeight;
    }

    public BigDecimal balanceCap() {
        return balanceCap;
    }

    public int daysPastDueWeight() {
        return daysPastDueWeight;
    }

    public int daysPastDueCap() {
        return daysPastDueCap;
    }

    public int riskWeight() {
        return riskWeight;
    }

    public int promiseDueTodayWeight() {
        return promiseDueTodayWeight;
    }

    public int brokenPromisesWeight() {
        return brokenPromisesWeight;
    }

    public int brokenPromisesCap() {
        return brokenPromisesCap;
    }

    public int callbackDueWeight() {
        return callbackDueWeight;
    }

    public int sinceContactWeight() {
        return sinceContactWeight;
    }

    public int sinceContactCapDays() {
        return sinceContactCapDays;
    }

    public static final class Builder {
        private final LocalDate effectiveFrom;
        private int balanceWeight;
        private BigDecimal balanceCap = new BigDecimal("10000");
        private int daysPastDueWeight;
        private int daysPastDueCap = 180;
        private int riskWeight;
        private int promiseDueTodayWeight;
        private int brokenPromisesWeight;
        private int brokenPromisesCap = 3;
        private int callbackDueWeight;
        private int sinceContactWeight;
        private int sinceContactCapDays = 14;

        private Builder(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
        }

        public Builder balance(int weight, BigDecimal cap) {
            this.balanceWeight = weight;
            this.balanceCap = cap;
            return this;
        }

        public Builder daysPastDue(int weight, int capDays) {
            this.daysPastDueWeight = weight;
            this.daysPastDueCap = capDays;
            return this;
        }

        public Builder risk(int weight) {
            this.riskWeight = weight;
            return this;
        }

        public Builder promiseDueToday(int weight) {
            this.promiseDueTodayWeight = weight;
            return this;
        }

        public Builder brokenPromises(int weight, int capCount) {
            this.brokenPromisesWeight = weight;
            this.brokenPromisesCap = capCount;
            return this;
        }

        public Builder callbackDue(int weight) {
            this.callbackDueWeight = weight;
            return this;
        }

        public Builder sinceLastContact(int weight, int capDays) {
            this.sinceContactWeight = weight;
            this.sinceContactCapDays = capDays;
            return this;
        }

        public PriorityWeights build() {
            return new PriorityWeights(this);
        }
    }
}
