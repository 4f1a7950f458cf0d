package com.acuerdo.intake.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A bill with something still to pay, as the payments import reads it in bulk. Payments of one
 * chunk absorb into it in memory; the import then writes the new paid amount once per bill.
 */
public final class OpenBill {

    /** The order of {@code Account.applyPayment}: oldest due date first, the id breaking ties. */
    public static final Comparator<OpenBill> OLDEST_FIRST =
            Comparator.comparing(OpenBill::dueDate).thenComparingLong(OpenBill::id);

    private final long id;
    private final LocalDate dueDate;
    private final BigDecimal amountDue;
    private final long version;
    private BigDecimal amountPaid;
    private boolean changed;

    public OpenBill(long id, LocalDate dueDate, BigDecimal amountDue, BigDecimal amountPaid, long version) {
        this.id = id;
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        this.amountDue = Objects.requireNonNull(amountDue, "amountDue");
        this.amountPaid = Objects.requireNonNull(amountPaid, "amountPaid");
        this.version = version;
    }

    public BigDecimal unpaid() {
        return amountDue.subtract(amountPaid).max(BigDecimal.ZERO);
    }

    /** Takes what it still owes out of {@code available}; returns the part taken. */
    BigDecimal absorb(BigDecimal available) {
        var taken = unpaid().min(available);
        if (taken.signum() > 0) {
            amountPaid = amountPaid.add(taken);
            changed = true;
        }
        return taken;
    }

    public long id() {
        return id;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal amountDue() {
        return amountDue;
    }

    public BigDecimal amountPaid() {
        return amountPaid;
    }

    /** The version read; the update checks it (optimistic lock). */
    public long version() {
        return version;
    }

    public boolean changed() {
        return changed;
    }
}
