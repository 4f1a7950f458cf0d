package com.acuerdo.arrangement.entity;

import com.acuerdo.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One instalment of a payment arrangement. */
@Entity
@Table(name = "instalment")
public class Instalment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instalment_seq")
    @SequenceGenerator(name = "instalment_seq", sequenceName = "instalment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "arrangement_id", nullable = false, updatable = false)
    private PaymentArrangement arrangement;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false)),
        @AttributeOverride(
                name = "currency",
                column = @Column(name = "amount_currency", nullable = false, updatable = false))
    })
    private Money amount;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount_paid", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "amount_paid_currency", nullable = false))
    })
    private Money amountPaid;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private InstalmentStatus status;

    @Version
    private long version;

    protected Instalment() {}

    Instalment(PaymentArrangement arrangement, int number, LocalDate dueOn, Money amount) {
        this.arrangement = arrangement;
        this.number = number;
        this.dueOn = dueOn;
        this.amount = amount;
        this.amountPaid = Money.zero(amount.currency());
        this.status = InstalmentStatus.DUE;
    }

    /**
     * Checks the instalment against what was paid towards it: PAID as soon as all of it is paid;
     * once the grace days after its due date are over, PARTIAL or MISSED. Until then it stays DUE.
     */
    public InstalmentStatus followUp(Money paidTowardsIt, LocalDate businessDate, int graceDays) {
        if (arrangement.status() != ArrangementStatus.ACTIVE) {
            throw new IllegalStateException("arrangement " + arrangement.id() + " is " + arrangement.status());
        }
        if (status != InstalmentStatus.DUE) {
            throw new IllegalStateException("instalment " + number + " is already " + status);
        }
        if (Objects.requireNonNull(paidTowardsIt, "paid").isNegative() || graceDays < 0) {
            throw new IllegalArgumentException("paid and grace days cannot be negative");
        }
        amountPaid = paidTowardsIt;
        if (!paidTowardsIt.isLessThan(amount)) {
            status = InstalmentStatus.PAID;
        } else if (businessDate.isAfter(dueOn.plusDays(graceDays))) {
            status = paidTowardsIt.isPositive() ? InstalmentStatus.PARTIAL : InstalmentStatus.MISSED;
        }
        return status;
    }

    public Long id() {
        return id;
    }

    public PaymentArrangement arrangement() {
        return arrangement;
    }

    public int number() {
        return number;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Money amount() {
        return amount;
    }

    public Money amountPaid() {
        return amountPaid;
    }

    public InstalmentStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
