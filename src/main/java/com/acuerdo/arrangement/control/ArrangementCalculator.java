package com.acuerdo.arrangement.control;

import com.acuerdo.arrangement.entity.ArrangementLimit;
import com.acuerdo.arrangement.entity.ArrangementLimits;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicy.Verdict;
import com.acuerdo.arrangement.entity.ArrangementTerms;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.platform.money.MinorUnits;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.rules.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The arrangement calculator: from what the client owes and what the agent proposes (down payment,
 * number and frequency of instalments, first due date, discount) it gives the totals, the schedule
 * (exact sums in the currency's minor unit, remainder in the last instalment) and the policy's verdict
 * with every reason. Amounts are taken as typed: more decimals than the currency has is an error,
 * never a silent rounding.
 *
 * <p>The down payment percentage is of the debt after the discount (what the client will pay); days
 * to the first payment count from the business date to the first instalment.
 *
 * @param balance what the account owes
 * @param downPayment paid at agreement, in the balance's currency (0 for none)
 * @param instalments number of instalments after the down payment
 * @param discountPercent quita, 0 ≤ % < 100, at most two decimals
 */
public record ArrangementCalculator(
        Money balance,
        BigDecimal downPayment,
        int instalments,
        Frequency frequency,
        LocalDate firstDueOn,
        BigDecimal discountPercent) {

    /** No schedule beyond 30 years of monthly instalments: a typo, not a proposal. */
    public static final int MAX_INSTALMENTS = 360;

    static final int DISCOUNT_DECIMALS = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Rule {
        NOTHING_TO_ARRANGE,
        DOWN_PAYMENT_NEGATIVE,
        DOWN_PAYMENT_DECIMALS,
        DOWN_PAYMENT_COVERS_DEBT,
        INSTALMENTS_OUT_OF_RANGE,
        INSTALMENTS_BELOW_MINOR_UNIT,
        DISCOUNT_OUT_OF_RANGE,
        DISCOUNT_DECIMALS,
        FIRST_DUE_BEFORE_BUSINESS_DATE
    }

    /** The verdict, its reasons, and the schedule (null when the figures themselves are invalid). */
    public record Outcome(Verdict verdict, List<Reason> reasons, InstalmentSchedule schedule) {

        public Outcome {
            reasons = List.copyOf(reasons);
        }

        /** Refused because the figures cannot make an arrangement at all (not because of the policy). */
        public boolean isInvalidInput() {
            return schedule == null;
        }
    }

    public ArrangementCalculator {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(downPayment, "downPayment");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(firstDueOn, "firstDueOn");
        Objects.requireNonNull(discountPercent, "discountPercent");
    }

    public String currency() {
        return balance.currency();
    }

    /** What is wrong with the figures whatever the policy; empty when a schedule can be computed. */
    public List<Reason> inputErrors(LocalDate businessDate) {
        var reasons = new ArrayList<Reason>();
        if (!balance.isPositive()) {
            reasons.add(Reason.of(
                    Rule.NOTHING_TO_ARRANGE.name(),
                    "balance",
                    balance.amount().toPlainString(),
                    "currency",
                    currency()));
        }
        boolean downPaymentReadable = true;
        if (downPayment.signum() < 0) {
            reasons.add(Reason.of(Rule.DOWN_PAYMENT_NEGATIVE.name(), "downPayment", downPayment.toPlainString()));
            downPaymentReadable = false;
        } else if (!MinorUnits.fits(downPayment, currency())) {
            reasons.add(Reason.of(
                    Rule.DOWN_PAYMENT_DECIMALS.name(),
                    "downPayment",
                    downPayment.toPlainString(),
                    "currency",
                    currency(),
                    "decimals",
                    MinorUnits.of(currency())));
            downPaymentReadable = false;
        }
        boolean countReadable = instalments >= 1 && instalments <= MAX_INSTALMENTS;
        if (!countReadable) {
            reasons.add(Reason.of(
                    Rule.INSTALMENTS_OUT_OF_RANGE.name(), "instalments", instalments, "max", MAX_INSTALMENTS));
        }
        boolean discountReadable = true;
        if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) >= 0) {
            reasons.add(
                    Reason.of(Rule.DISCOUNT_OUT_OF_RANGE.name(), "discountPercent", discountPercent.toPlainString()));
            discountReadable = false;
        } else if (discountPercent.stripTrailingZeros().scale() > DISCOUNT_DECIMALS) {
            reasons.add(Reason.of(
                    Rule.DISCOUNT_DECIMALS.name(),
                    "discountPercent",
                    discountPercent.toPlainString(),
                    "decimals",
                    DISCOUNT_DECIMALS));
            discountReadable = false;
        }
        if (firstDueOn.isBefore(businessDate)) {
            reasons.add(Reason.of(
                    Rule.FIRST_DUE_BEFORE_BUSINESS_DATE.name(),
                    "firstDueOn",
                    firstDueOn,
                    "businessDate",
                    businessDate));
        }
        if (balance.isPositive() && downPaymentReadable && discountReadable) {
            var financed = financed();
            if (!financed.isPositive()) {
                reasons.add(Reason.of(
                        Rule.DOWN_PAYMENT_COVERS_DEBT.name(),
                        "downPayment",
                        downPaymentMoney().amount().toPlainString(),
                        "totalAfterDiscount",
                        totalAfterDiscount().amount().toPlainString()));
            } else if (countReadable && !smallestInstalment().isPositive()) {
                reasons.add(Reason.of(
                        Rule.INSTALMENTS_BELOW_MINOR_UNIT.name(),
                        "financed",
                        financed.amount().toPlainString(),
                        "instalments",
                        instalments));
            }
        }
        return List.copyOf(reasons);
    }

    public Money downPaymentMoney() {
        return Money.of(downPayment, currency());
    }

    public Money discount() {
        return balance.percent(discountPercent);
    }

    public Money totalAfterDiscount() {
        return balance.minus(discount());
    }

    /** What the instalments add up to. */
    public Money financed() {
        return totalAfterDiscount().minus(downPaymentMoney());
    }

    /** Every instalment but the last is this; the last one takes the rounding remainder (never less). */
    public Money smallestInstalment() {
        var financed = financed().amount();
        return Money.of(
                financed.divide(BigDecimal.valueOf(instalments), financed.scale(), RoundingMode.DOWN), currency());
    }

    /** Down payment as % of the debt after discount, rounded down so an edge is never passed by rounding. */
    public BigDecimal downPaymentPercent() {
        var total = totalAfterDiscount().amount();
        if (total.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return downPaymentMoney().amount().multiply(HUNDRED).divide(total, 6, RoundingMode.DOWN);
    }

    /** The schedule; only for figures without {@link #inputErrors input errors}. */
    public InstalmentSchedule schedule() {
        return InstalmentSchedule.compute(
                balance, discountPercent, downPaymentMoney(), instalments, frequency, firstDueOn);
    }

    /** The figures a policy limits, as of the business date. */
    public ArrangementTerms terms(LocalDate businessDate) {
        return new ArrangementTerms(
                instalments, downPaymentPercent(), smallestInstalment().amount(), discountPercent, (int)
                        ChronoUnit.DAYS.between(businessDate, firstDueOn));
    }

    /**
     * The whole check: invalid figures are refused with their reasons (no schedule); otherwise the
     * policy decides — within, needs approval (soft limits broken) or refused (hard limits broken) —
     * and the reasons name each broken limit with the figure and the limit.
     */
    public Outcome assess(ArrangementPolicy policy, LocalDate businessDate) {
        var errors = inputErrors(businessDate);
        if (!errors.isEmpty()) {
            return new Outcome(Verdict.REFUSED, errors, null);
        }
        if (!policy.currency().equals(currency())) {
            throw new IllegalArgumentException("policy in " + policy.currency() + " for a debt in " + currency());
        }
        var terms = terms(businessDate);
        var assessment = policy.assess(terms);
        var limits = assessment.verdict() == Verdict.REFUSED ? policy.hard() : policy.soft();
        var reasons = assessment.breaches().stream()
                .map(limit -> breach(limit, limits, terms))
                .toList();
        return new Outcome(assessment.verdict(), reasons, schedule());
    }

    private Reason breach(ArrangementLimit limit, ArrangementLimits limits, ArrangementTerms terms) {
        return switch (limit) {
            case MAX_INSTALMENTS -> Reason.of(
                    limit.name(), "instalments", terms.instalments(), "max", limits.maxInstalments());
            case MIN_DOWN_PAYMENT -> Reason.of(
                    limit.name(),
                    "downPaymentPercent",
                    terms.downPaymentPercent().setScale(2, RoundingMode.DOWN).toPlainString(),
                    "min",
                    limits.minDownPaymentPercent().stripTrailingZeros().toPlainString());
            case MIN_INSTALMENT -> Reason.of(
                    limit.name(),
                    "instalment",
                    smallestInstalment().amount().toPlainString(),
                    "min",
                    Money.of(limits.minInstalmentAmount(), currency()).amount().toPlainString(),
                    "currency",
                    currency());
            case MAX_DISCOUNT -> Reason.of(
                    limit.name(),
                    "discountPercent",
                    terms.discountPercent().stripTrailingZeros().toPlainString(),
                    "max",
                    limits.maxDiscountPercent().stripTrailingZeros().toPlainString());
            case MAX_DAYS_TO_FIRST_PAYMENT -> Reason.of(
                    limit.name(), "days", terms.daysToFirstPayment(), "max", limits.maxDaysToFirstPayment());
        };
    }
}
