package com.acuerdo.arrangement.control;

import com.acuerdo.platform.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * What the client paid on the account since the arrangement was agreed, shared out in order: the
 * down payment first, then the instalments by number, each taking at most its amount, so an early or
 * large payment counts for the next instalments too.
 */
public final class InstalmentPayments {

    private InstalmentPayments() {}

    /** @return the part of {@code paidSinceAgreed} that goes to each instalment, in their order */
    public static List<Money> share(Money paidSinceAgreed, Money downPayment, List<Money> instalments) {
        if (paidSinceAgreed.isNegative()) {
            throw new IllegalArgumentException("a paid amount cannot be negative: " + paidSinceAgreed);
        }
        var zero = Money.zero(paidSinceAgreed.currency());
        var left = paidSinceAgreed.minus(downPayment.min(paidSinceAgreed));
        var shares = new ArrayList<Money>();
        for (var amount : instalments) {
            var taken = amount.min(left);
            shares.add(taken.isNegative() ? zero : taken);
            left = left.minus(taken);
        }
        return shares;
    }
}
