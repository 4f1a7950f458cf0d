package com.acuerdo.platform.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount in a currency. Never a double: amounts are {@link BigDecimal} scaled to the currency's
 * minor unit, and arithmetic across currencies is refused.
 *
 * <p>Embedded as two columns; an entity renames them with {@code @AttributeOverride}s.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;

    @Column(name = "amount", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    protected Money() {}

    private Money(BigDecimal amount, Currency currency) {
        this.currency = currency.getCurrencyCode();
        this.amount = amount.setScale(minorDigits(currency), RoundingMode.HALF_EVEN);
    }

    /** Rounds half-even to the currency's minor unit. */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(Objects.requireNonNull(amount, "amount"), Currency.getInstance(currencyCode));
    }

    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), currencyCode);
    }

    public static Money zero(String currencyCode) {
        return of(BigDecimal.ZERO, currencyCode);
    }

    /** Scaled to the currency's minor unit (the column keeps four decimals). */
    public BigDecimal amount() {
        return amount.setScale(minorDigits(Currency.getInstance(currency)), RoundingMode.HALF_EVEN);
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return of(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return of(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return of(amount.multiply(factor), currency);
    }

    /** Percentage of this amount, e.g. {@code percent(10)} of 250.00 is 25.00. */
    public Money percent(BigDecimal percent) {
        return of(amount.multiply(percent).movePointLeft(2), currency);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Splits into {@code parts} amounts in the minor unit that add up exactly to this amount; the
     * remainder of the rounding goes to the last part.
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1");
        }
        var whole = amount();
        var each = whole.divide(BigDecimal.valueOf(parts), whole.scale(), RoundingMode.DOWN);
        var result = new ArrayList<Money>(parts);
        for (int i = 0; i < parts - 1; i++) {
            result.add(of(each, currency));
        }
        result.add(of(whole.subtract(each.multiply(BigDecimal.valueOf(parts - 1L))), currency));
        return List.copyOf(result);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    private static int minorDigits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency;
    }
}
