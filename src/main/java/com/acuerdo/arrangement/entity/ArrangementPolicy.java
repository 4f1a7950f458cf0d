package com.acuerdo.arrangement.entity;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What arrangements a product (in one currency, optionally one bucket) allows, from a date on.
 * Inside the soft limits the agent agrees alone; between soft and hard a supervisor approves; beyond
 * the hard limits the bank refuses. Soft limits are never wider than hard ones.
 */
@Entity
@Table(name = "arrangement_policy")
public class ArrangementPolicy {

    public enum Verdict {
        WITHIN_POLICY,
        NEEDS_APPROVAL,
        REFUSED
    }

    /** The verdict with the limits that caused it (soft ones for approval, hard ones for refusal). */
    public record Assessment(Verdict verdict, List<ArrangementLimit> breaches) {}

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "arrangement_policy_seq")
    @SequenceGenerator(name = "arrangement_policy_seq", sequenceName = "arrangement_policy_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "product", nullable = false, length = 20)
    private Product product;

    /** Empty = any bucket; a bucket-specific row wins over the general one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "bucket", length = 20)
    private AgingBucket bucket;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "maxInstalments", column = @Column(name = "soft_max_instalments")),
        @AttributeOverride(name = "minDownPaymentPercent", column = @Column(name = "soft_min_down_payment_pct")),
        @AttributeOverride(name = "minInstalmentAmount", column = @Column(name = "soft_min_instalment_amount")),
        @AttributeOverride(name = "maxDiscountPercent", column = @Column(name = "soft_max_discount_pct")),
        @AttributeOverride(name = "maxDaysToFirstPayment", column = @Column(name = "soft_max_days_to_first_payment"))
    })
    private ArrangementLimits soft;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "maxInstalments", column = @Column(name = "hard_max_instalments")),
        @AttributeOverride(name = "minDownPaymentPercent", column = @Column(name = "hard_min_down_payment_pct")),
        @AttributeOverride(name = "minInstalmentAmount", column = @Column(name = "hard_min_instalment_amount")),
        @AttributeOverride(name = "maxDiscountPercent", column = @Column(name = "hard_max_discount_pct")),
        @AttributeOverride(name = "maxDaysToFirstPayment", column = @Column(name = "hard_max_days_to_first_payment"))
    })
    private ArrangementLimits hard;

    /** Days after its due date before an unpaid instalment counts as missed. */
    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    /** Days before a due date that the friendly reminder goes out. */
    @Column(name = "reminder_days_before", nullable = false)
    private int reminderDaysBefore;

    /** A promise to pay on the product may fall due at most this many days after it is made. */
    @Column(name = "max_promise_days", nullable = false)
    private int maxPromiseDays = DEFAULT_MAX_PROMISE_DAYS;

    @Version
    private long version;

    /** The promise horizon of rows that do not name one. */
    public static final int DEFAULT_MAX_PROMISE_DAYS = 30;

    protected ArrangementPolicy() {}

    public ArrangementPolicy(
            Product product,
            AgingBucket bucket,
            String currency,
            LocalDate effectiveFrom,
            ArrangementLimits soft,
            ArrangementLimits hard,
            int graceDays,
            int reminderDaysBefore) {
        this(
                product,
                bucket,
                currency,
                effectiveFrom,
                soft,
                hard,
                graceDays,
                reminderDaysBefore,
                DEFAULT_MAX_PROMISE_DAYS);
    }

    public ArrangementPolicy(
            Product product,
            AgingBucket bucket,
            String currency,
            LocalDate effectiveFrom,
            ArrangementLimits soft,
            ArrangementLimits hard,
            int graceDays,
            int reminderDaysBefore,
            int maxPromiseDays) {
        this.product = Objects.requireNonNull(product, "product");
        this.bucket = bucket;
        this.currency = Currency.getInstance(currency).getCurrencyCode();
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.soft = Objects.requireNonNull(soft, "soft");
        this.hard = Objects.requireNonNull(hard, "hard");
        if (!soft.isWithin(hard)) {
            throw new IllegalArgumentException("soft limits must not be wider than hard limits");
        }
        if (graceDays < 0 || reminderDaysBefore < 0) {
            throw new IllegalArgumentException("grace and reminder days cannot be negative");
        }
        if (maxPromiseDays < 0) {
            throw new IllegalArgumentException("max promise days cannot be negative: " + maxPromiseDays);
        }
        this.graceDays = graceDays;
        this.reminderDaysBefore = reminderDaysBefore;
        this.maxPromiseDays = maxPromiseDays;
    }

    public Assessment assess(ArrangementTerms terms) {
        var hardBreaches = hard.breaches(terms);
        if (!hardBreaches.isEmpty()) {
            return new Assessment(Verdict.REFUSED, hardBreaches);
        }
        var softBreaches = soft.breaches(terms);
        return softBreaches.isEmpty()
                ? new Assessment(Verdict.WITHIN_POLICY, List.of())
                : new Assessment(Verdict.NEEDS_APPROVAL, softBreaches);
    }

    /** An instalment due on {@code dueDate} and still unpaid on {@code today} counts as missed. */
    public boolean isMissed(LocalDate dueDate, LocalDate today) {
        return today.isAfter(dueDate.plusDays(graceDays));
    }

    public LocalDate reminderDateFor(LocalDate dueDate) {
        return dueDate.minusDays(reminderDaysBefore);
    }

    public boolean appliesTo(AgingBucket caseBucket) {
        return bucket == null || bucket == caseBucket;
    }

    /**
     * The policy in force for a bucket on a date among candidate rows of one product and currency:
     * bucket-specific rows win over general ones; among those, the latest effective date not after
     * {@code date}.
     */
    public static Optional<ArrangementPolicy> inForce(
            Collection<ArrangementPolicy> candidates, AgingBucket caseBucket, LocalDate date) {
        Comparator<ArrangementPolicy> specificFirst = Comparator.comparing(policy -> policy.bucket == null);
        return candidates.stream()
                .filter(policy -> policy.appliesTo(caseBucket) && !policy.effectiveFrom.isAfter(date))
                .sorted(specificFirst.thenComparing(ArrangementPolicy::effectiveFrom, Comparator.reverseOrder()))
                .findFirst();
    }

    public Money softMinInstalment() {
        return Money.of(soft.minInstalmentAmount(), currency);
    }

    public Money hardMinInstalment() {
        return Money.of(hard.minInstalmentAmount(), currency);
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public Optional<AgingBucket> bucket() {
        return Optional.ofNullable(bucket);
    }

    public String currency() {
        return currency;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public ArrangementLimits soft() {
        return soft;
    }

    public ArrangementLimits hard() {
        return hard;
    }

    public int graceDays() {
        return graceDays;
    }

    public int reminderDaysBefore() {
        return reminderDaysBefore;
    }

    public int maxPromiseDays() {
        return maxPromiseDays;
    }
}
