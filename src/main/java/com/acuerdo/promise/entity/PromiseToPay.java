package com.acuerdo.promise.entity;

import com.acuerdo.account.entity.Account;
import com.acuerdo.casework.entity.CollectionCase;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Promesa de pago: the client commits to pay an amount on an account by a date. */
@Entity
@Table(name = "promise_to_pay")
public class PromiseToPay {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promise_to_pay_seq")
    @SequenceGenerator(name = "promise_to_pay_seq", sequenceName = "promise_to_pay_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CollectionCase collectionCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false)),
        @AttributeOverride(
                name = "currency",
                column = @Column(name = "amount_currency", nullable = false, updatable = false))
    })
    private Money amount;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "made_on", nullable = false, updatable = false)
    private LocalDate madeOn;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    /** Null when the client promised through a self-service channel. */
    @Column(name = "made_by_agent_id", updatable = false)
    private Long madeByAgentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PromiseStatus status;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount_paid", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "amount_paid_currency", nullable = false))
    })
    private Money amountPaid;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Version
    private long version;

    protected PromiseToPay() {}

    public PromiseToPay(
            CollectionCase collectionCase,
            Account account,
            Money amount,
            LocalDate dueOn,
            LocalDate madeOn,
            Instant madeAt,
            Long madeByAgentId) {
        this.collectionCase = Objects.requireNonNull(collectionCase, "collectionCase");
        this.account = Objects.requireNonNull(account, "account");
        if (!Objects.requireNonNull(amount, "amount").isPositive()) {
            throw new IllegalArgumentException("a promise must be of a positive amount: " + amount);
        }
        if (!amount.currency().equals(account.currency())) {
            throw new IllegalArgumentException(
                    "promise in " + amount.currency() + " on an account in " + account.currency());
        }
        this.madeOn = Objects.requireNonNull(madeOn, "madeOn");
        if (Objects.requireNonNull(dueOn, "dueOn").isBefore(madeOn)) {
            throw new IllegalArgumentException(
                    "a promise cannot fall due (" + dueOn + ") before it is made (" + madeOn + ")");
        }
        this.amount = amount;
        this.dueOn = dueOn;
        this.madeAt = Objects.requireNonNull(madeAt, "madeAt");
        this.madeByAgentId = madeByAgentId;
        this.status = PromiseStatus.OPEN;
        this.amountPaid = Money.zero(amount.currency());
    }

    /**
     * Checks the promise against what the client paid on the account since making it, once the due
     * date has passed: all of it is KEPT, some is PARTIAL, nothing is BROKEN.
     */
    public PromiseStatus followUp(Money paidSinceMade, LocalDate businessDate) {
        requireOpen();
        if (!businessDate.isAfter(dueOn)) {
            throw new IllegalStateException(
                    "promise " + id + " falls due on " + dueOn + "; it cannot be followed up on " + businessDate);
        }
        if (paidSinceMade.isNegative()) {
            throw new IllegalArgumentException("a paid amount cannot be negative: " + paidSinceMade);
        }
        amountPaid = paidSinceMade;
        if (!paidSinceMade.isLessThan(amount)) {
            status = PromiseStatus.KEPT;
        } else if (paidSinceMade.isPositive()) {
            status = PromiseStatus.PARTIAL;
        } else {
            status = PromiseStatus.BROKEN;
        }
        resolvedOn = businessDate;
        return status;
    }

    /** Withdrawn before its due date was checked (e.g. replaced by an arrangement). */
    public void cancel(LocalDate businessDate) {
        requireOpen();
        status = PromiseStatus.CANCELLED;
        resolvedOn = Objects.requireNonNull(businessDate, "businessDate");
    }

    public boolean isOpen() {
        return status == PromiseStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("promise " + id + " is already " + status);
        }
    }

    public Long id() {
        return id;
    }

    public CollectionCase collectionCase() {
        return collectionCase;
    }

    public Account account() {
        return account;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public Instant madeAt() {
        return madeAt;
    }

    public Optional<Long> madeByAgentId() {
        return Optional.ofNullable(madeByAgentId);
    }

    public PromiseStatus status() {
        return status;
    }

    public Money amountPaid() {
        return amountPaid;
    }

    public Optional<LocalDate> resolvedOn() {
        return Optional.ofNullable(resolvedOn);
    }

    public long version() {
        return version;
    }
}
