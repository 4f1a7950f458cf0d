package com.acuerdo.casework.control;

import com.acuerdo.arrangement.control.ArrangementCalculator;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicy.Verdict;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.platform.money.MinorUnits;
import com.acuerdo.platform.money.Money;
import com.acuerdo.promise.control.PromisePolicy;
import com.acuerdo.strategy.entity.SolutionKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The amounts a solution route means for one account, computed before the call so the agent can
 * offer them at once: a promise of up to the balance by the policy's latest date; arrangement
 * examples that the arrangement policy accepts without approval (the calculator's own verdict);
 * a discounted settlement within the agent's discount, and the larger one a supervisor may grant.
 * Routes without amounts (due date change, pause, refinancing) get none.
 */
public final class SolutionAmounts {

    /** Instalment counts tried for examples; the longest ones inside policy are shown. */
    static final List<Integer> COUNTS = List.of(1, 2, 3, 4, 6, 9, 12, 18, 24, 36, 48, 60);

    static final int EXAMPLES = 3;

    /** First instalment a week out (or sooner where the policy says so). */
    static final int DAYS_TO_FIRST = 7;

    /**
     * One concrete offer. Fields that do not apply to the route's kind are null (or 0).
     *
     * @param amount what the client pays in all (promise: at most; settlement: once)
     * @param by latest date (promise, settlement) or first due date (arrangement)
     * @param percent the discount of a settlement
     * @param needsApproval beyond what the agent may agree alone
     */
    public record Offer(
            Money amount,
            LocalDate by,
            Money downPayment,
            int instalments,
            Money instalment,
            Money lastInstalment,
            Frequency frequency,
            BigDecimal percent,
            boolean needsApproval)
            implements Serializable {}

    private SolutionAmounts() {}

    /**
     * @param policy the arrangement policy of the account's product, bucket and currency; null when none
     */
    public static List<Offer> of(SolutionKind kind, Money balance, ArrangementPolicy policy, LocalDate businessDate) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(businessDate, "businessDate");
        if (!balance.isPositive()) {
            return List.of();
        }
        return switch (kind) {
            case PROMISE_TO_PAY -> List.of(promise(balance, policy, businessDate));
            case PAYMENT_ARRANGEMENT -> policy == null ? List.of() : arrangements(balance, policy, businessDate);
            case DISCOUNT_SETTLEMENT -> policy == null ? List.of() : settlements(balance, policy, businessDate);
            default -> List.of();
        };
    }

    private static Offer promise(Money balance, ArrangementPolicy policy, LocalDate businessDate) {
        int days = policy == null ? PromisePolicy.DEFAULT_MAX_DAYS_AHEAD : policy.maxPromiseDays();
        return new Offer(balance, businessDate.plusDays(days), null, 0, null, null, null, null, false);
    }

    private static List<Offer> arrangements(Money balance, ArrangementPolicy policy, LocalDate businessDate) {
        var soft = policy.soft();
        var firstDueOn = businessDate.plusDays(Math.min(DAYS_TO_FIRST, soft.maxDaysToFirstPayment()));
        var down = roundedUp(balance.amount().multiply(soft.minDownPaymentPercent()), balance.currency());
        var within = new ArrayList<Offer>();
        for (int count : COUNTS) {
            if (count > soft.maxInstalments()) {
                break;
            }
            var calculator =
                    new ArrangementCalculator(balance, down, count, Frequency.MONTHLY, firstDueOn, BigDecimal.ZERO);
            var outcome = calculator.assess(policy, businessDate);
            if (outcome.verdict() == Verdict.WITHIN_POLICY) {
                var lines = outcome.schedule().instalments();
                within.add(new Offer(
                        outcome.schedule().totalAfterDiscount(),
                        firstDueOn,
                        calculator.downPaymentMoney(),
                        count,
                        lines.get(0).amount(),
                        lines.get(lines.size() - 1).amount(),
                        Frequency.MONTHLY,
                        null,
                        false));
            }
        }
        // The longest plans inside policy: the smallest instalments an agent may offer alone.
        return List.copyOf(within.subList(Math.max(0, within.size() - EXAMPLES), within.size()));
    }

    private static List<Offer> settlements(Money balance, ArrangementPolicy policy, LocalDate businessDate) {
        var offers = new ArrayList<Offer>();
        var by = businessDate.plusDays(policy.soft().maxDaysToFirstPayment());
        var soft = policy.soft().maxDiscountPercent();
        var hard = policy.hard().maxDiscountPercent();
        if (soft.signum() > 0) {
            offers.add(settlement(balance, soft, by, false));
        }
        if (hard.compareTo(soft) > 0) {
            offers.add(settlement(balance, hard, by, true));
        }
        return List.copyOf(offers);
    }

    private static Offer settlement(Money balance, BigDecimal percent, LocalDate by, boolean needsApproval) {
        var amount = balance.minus(balance.percent(percent));
        return new Offer(amount, by, null, 0, null, null, null, percent.stripTrailingZeros(), needsApproval);
    }

    private static BigDecimal roundedUp(BigDecimal hundredfold, String currency) {
        return hundredfold.divide(BigDecimal.valueOf(100), MinorUnits.of(currency), RoundingMode.CEILING);
    }
}
