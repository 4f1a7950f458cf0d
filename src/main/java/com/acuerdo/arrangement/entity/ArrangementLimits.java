package com.acuerdo.arrangement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One set of limits; a policy holds a soft set (agent decides) and a hard set (supervisor). */
@Embeddable
public class ArrangementLimits {

    @Column(name = "max_instalments", nullable = false)
    private int maxInstalments;

    @Column(name = "min_down_payment_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal minDownPaymentPercent;

    /** In the policy's currency. */
    @Column(name = "min_instalment_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal minInstalmentAmount;

    @Column(name = "max_discount_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxDiscountPercent;

    @Column(name = "max_days_to_first_payment", nullable = false)
    private int maxDaysToFirstPayment;

    protected ArrangementLimits() {}

    public ArrangementLimits(
            int maxInstalments,
            BigDecimal minDownPaymentPercent,
            BigDecimal minInstalmentAmount,
            BigDecimal maxDiscountPercent,
            int maxDaysToFirstPayment) {
        if (maxInstalments < 1 || maxDaysToFirstPayment < 0) {
            throw new IllegalArgumentException("at least one instalment and a non-negative first-payment delay");
        }
        this.maxInstalments = maxInstalments;
        this.minDownPaymentPercent = percent(minDownPaymentPercent, "min down payment");
        this.minInstalmentAmount = Objects.requireNonNull(minInstalmentAmount, "minInstalmentAmount");
        if (minInstalmentAmount.signum() < 0) {
            throw new IllegalArgumentException("min instalment cannot be negative");
        }
        this.maxDiscountPercent = percent(maxDiscountPercent, "max discount");
        this.maxDaysToFirstPayment = maxDaysToFirstPayment;
    }

    private static BigDecimal percent(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 100 %: " + value);
        }
        return value;
    }

    /** The limits these terms break; empty when they fit. */
    public List<ArrangementLimit> breaches(ArrangementTerms terms) {
        var breaches = new ArrayList<ArrangementLimit>();
        if (terms.instalments() > maxInstalments) {
            breaches.add(ArrangementLimit.MAX_INSTALMENTS);
        }
        if (terms.downPaymentPercent().compareTo(minDownPaymentPercent) < 0) {
            breaches.add(ArrangementLimit.MIN_DOWN_PAYMENT);
        }
        if (terms.instalmentAmount().compareTo(minInstalmentAmount) < 0) {
            breaches.add(ArrangementLimit.MIN_INSTALMENT);
        }
        if (terms.discountPercent().compareTo(maxDiscountPercent) > 0) {
            breaches.add(ArrangementLimit.MAX_DISCOUNT);
        }
        if (terms.daysToFirstPayment() > maxDaysToFirstPayment) {
            breaches.add(ArrangementLimit.MAX_DAYS_TO_FIRST_PAYMENT);
        }
        return List.copyOf(breaches);
    }

    /** Whether everything these limits allow, {@code wider} allows too. */
    public boolean isWithin(ArrangementLimits wider) {
        return maxInstalments <= wider.maxInstalments
                && minDownPaymentPercent.compareTo(wider.minDownPaymentPercent) >= 0
                && minInstalmentAmount.compareTo(wider.minInstalmentAmount) >= 0
                && maxDiscountPercent.compareTo(wider.maxDiscountPercent) <= 0
                && maxDaysToFirstPayment <= wider.maxDaysToFirstPayment;
    }

    public int maxInstalments() {
        return maxInstalments;
    }

    public BigDecimal minDownPaymentPercent() {
        return minDownPaymentPercent;
    }

    public BigDecimal minInstalmentAmount() {
        return minInstalmentAmount;
    }

    public BigDecimal maxDiscountPercent() {
        return maxDiscountPercent;
    }

    public int maxDaysToFirstPayment() {
        return maxDaysToFirstPayment;
    }
}
