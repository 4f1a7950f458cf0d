package com.acuerdo.intake.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts a payment to an account's open bills the way {@code Account.applyPayment} does: the oldest
 * unpaid bill first, until the money runs out; what no bill needs stays on the payment as credit.
 * The payments import uses it on bills read in bulk (a million rows do not go through JPA one by one);
 * {@code PaymentPostingTest} holds it to the entity's result.
 */
public final class PaymentPosting {

    public record Allocation(long billId, BigDecimal amount) {}

    public record Posting(List<Allocation> allocations, BigDecimal unallocated) {}

    private PaymentPosting() {}

    /** Allocates {@code amount} over {@code openBills} (any order), changing their paid amounts. */
    public static Posting post(BigDecimal amount, List<OpenBill> openBills) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a payment must be positive: " + amount);
        }
        var allocations = new ArrayList<Allocation>();
        var left = amount;
        for (var bill : openBills.stream().sorted(OpenBill.OLDEST_FIRST).toList()) {
            if (left.signum() <= 0) {
                break;
            }
            var taken = bill.absorb(left);
            if (taken.signum() > 0) {
                allocations.add(new Allocation(bill.id(), taken));
                left = left.subtract(taken);
            }
        }
        return new Posting(List.copyOf(allocations), left);
    }
}
