package com.acuerdo.account.entity;

import com.acuerdo.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** An amount the client owes on a due date; payments settle it through allocations. */
@Entity
@Table(name = "bill")
public class Bill {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bill_seq")
    @SequenceGenerator(name = "bill_seq", sequenceName = "bill_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount_due", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "amount_due_currency", nullable = false))
    })
    private Money amountDue;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount_paid", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "amount_paid_currency", nullable = false))
    })
    private Money amountPaid;

    @Version
    private long version;

    protected Bill() {}

    /** Bills are created through {@link Account#addBill}, which keeps the currency consistent. */
    Bill(String externalId, Account account, LocalDate dueDate, Money amountDue) {
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("a bill needs the core bank's id");
        }
        this.externalId = externalId;
        this.account = Objects.requireNonNull(account, "account");
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        requirePositive(amountDue);
        this.amountDue = amountDue;
        this.amountPaid = Money.zero(amountDue.currency());
    }

    private static void requirePositive(Money amountDue) {
        if (!Objects.requireNonNull(amountDue, "amountDue").isPositive()) {
            throw new IllegalArgumentException("a bill's amount due must be positive: " + amountDue);
        }
    }

    /** What is still owed; never negative. */
    public Money unpaid() {
        return amountDue.minus(amountPaid).max(Money.zero(amountDue.currency()));
    }

    /** Paid as far as collections care: what is left is below the tolerance, so cents are never chased. */
    public boolean isSettled(Money tolerance) {
        return unpaid().isLessThan(tolerance);
    }

    /** Takes what it still owes out of {@code available}; returns the part taken. */
    Money absorb(Money available) {
        var taken = unpaid().min(available);
        amountPaid = amountPaid.plus(taken);
        return taken;
    }

    /**
     * A re-import of the bill with changed values.
     *
     * @return whether anything changed
     */
    boolean updateFrom(LocalDate newDueDate, Money newAmountDue) {
        Objects.requireNonNull(newDueDate, "dueDate");
        requirePositive(newAmountDue);
        if (newAmountDue.isLessThan(amountPaid)) {
            throw new IllegalArgumentException(
                    "bill " + externalId + " already has " + amountPaid + " paid, more than " + newAmountDue);
        }
        if (newDueDate.equals(dueDate) && newAmountDue.equals(amountDue)) {
            return false;
        }
        dueDate = newDueDate;
        amountDue = newAmountDue;
        return true;
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public Account account() {
        return account;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Money amountDue() {
        return amountDue;
    }

    public Money amountPaid() {
        return amountPaid;
    }

    public long version() {
        return version;
    }
}
