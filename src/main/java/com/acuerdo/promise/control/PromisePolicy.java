package com.acuerdo.promise.control;

import com.acuerdo.platform.money.MinorUnits;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.rules.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a promise to pay must respect: a positive amount in the currency's minor unit, no more than
 * the account's balance, due from the business date up to the policy's days ahead, and no other open
 * promise on the case. Every broken rule is reported, so the agent fixes them all at once.
 *
 * @param maxDaysAhead the latest due date is the business date plus this many days (from data)
 */
public record PromisePolicy(int maxDaysAhead) {

    /** When no arrangement policy is configured for the product. */
    public static final int DEFAULT_MAX_DAYS_AHEAD = 30;

    public enum Rule {
        AMOUNT_NOT_POSITIVE,
        AMOUNT_DECIMALS,
        AMOUNT_ABOVE_BALANCE,
        DUE_BEFORE_BUSINESS_DATE,
        DUE_TOO_FAR_AHEAD,
        OPEN_PROMISE_EXISTS
    }

    /**
     * @param amount as the client said it (not rounded)
     * @param balance what the account owes, in its currency
     * @param openPromiseOnCase whether the case already has an OPEN promise
     */
    public record Request(
            BigDecimal amount, Money balance, LocalDate dueOn, LocalDate businessDate, boolean openPromiseOnCase) {

        public Request {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(businessDate, "businessDate");
        }
    }

    public PromisePolicy {
        if (maxDaysAhead < 0) {
            throw new IllegalArgumentException("max days ahead cannot be negative: " + maxDaysAhead);
        }
    }

    /** Every rule the request breaks; empty when the promise may be made. */
    public List<Reason> check(Request request) {
        var reasons = new ArrayList<Reason>();
        var currency = request.balance().currency();
        var amount = request.amount();
        if (amount.signum() <= 0) {
            reasons.add(Reason.of(Rule.AMOUNT_NOT_POSITIVE.name(), "amount", amount.toPlainString()));
        } else if (!MinorUnits.fits(amount, currency)) {
            reasons.add(Reason.of(
                    Rule.AMOUNT_DECIMALS.name(),
                    "amount",
                    amount.toPlainString(),
                    "currency",
                    currency,
                    "decimals",
                    MinorUnits.of(currency)));
        } else if (Money.of(amount, currency).isGreaterThan(request.balance())) {
            reasons.add(Reason.of(
                    Rule.AMOUNT_ABOVE_BALANCE.name(),
                    "amount",
                    Money.of(amount, currency).amount().toPlainString(),
                    "balance",
                    request.balance().amount().toPlainString(),
                    "currency",
                    currency));
        }
        var latest = latestDueDate(request.businessDate());
        if (request.dueOn().isBefore(request.businessDate())) {
            reasons.add(Reason.of(
                    Rule.DUE_BEFORE_BUSINESS_DATE.name(),
                    "dueOn",
                    request.dueOn(),
                    "businessDate",
                    request.businessDate()));
        } else if (request.dueOn().isAfter(latest)) {
            reasons.add(Reason.of(
                    Rule.DUE_TOO_FAR_AHEAD.name(),
                    "dueOn",
                    request.dueOn(),
                    "latest",
                    latest,
                    "maxDaysAhead",
                    maxDaysAhead));
        }
        if (request.openPromiseOnCase()) {
            reasons.add(Reason.of(Rule.OPEN_PROMISE_EXISTS.name()));
        }
        return List.copyOf(reasons);
    }

    public LocalDate latestDueDate(LocalDate businessDate) {
        return businessDate.plusDays(maxDaysAhead);
    }
}
