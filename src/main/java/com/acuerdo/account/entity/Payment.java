package com.acuerdo.account.entity;

import com.acuerdo.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Money the client paid into an account (payments file). The core bank's payment id is unique, so a
 * re-imported payment is never posted twice. What no bill needed stays on the payment as credit.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, updatable = false, length = 64)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false)),
        @AttributeOverride(
                name = "currency",
                column = @Column(name = "amount_currency", nullable = false, updatable = false))
    })
    private Money amount;

    /** Credit left after paying the bills that were open when the payment was applied. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "unallocated", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "unallocated_currency", nullable = false))
    })
    private Money unallocated;

    @Column(name = "channel", length = 32)
    private String channel;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PaymentAllocation> allocations = new ArrayList<>();

    @Version
    private long version;

    protected Payment() {}

    public Payment(String externalId, Account account, LocalDate paidOn, Money amount, String channel) {
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("a payment needs the core bank's id");
        }
        this.externalId = externalId;
        this.account = Objects.requireNonNull(account, "account");
        this.paidOn = Objects.requireNonNull(paidOn, "paidOn");
        if (!Objects.requireNonNull(amount, "amount").isPositive()) {
            throw new IllegalArgumentException("a payment must be positive: " + amount);
        }
        if (!amount.currency().equals(account.currency())) {
            throw new IllegalArgumentException(
                    "payment in " + amount.currency() + " on an account in " + account.currency());
        }
        this.amount = amount;
        this.unallocated = amount;
        this.channel = channel;
    }

    boolean isApplied() {
        return !allocations.isEmpty() || !unallocated.equals(amount);
    }

    /** Pays the bills in the order given until the money runs out. */
    void allocateTo(List<Bill> billsOldestFirst) {
        for (var bill : billsOldestFirst) {
            if (!unallocated.isPositive()) {
                return;
            }
            var taken = bill.absorb(unallocated);
            if (taken.isPositive()) {
                allocations.add(new PaymentAllocation(this, bill, taken));
                unallocated = unallocated.minus(taken);
            }
        }
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

    public LocalDate paidOn() {
        return paidOn;
    }

    public Money amount() {
        return amount;
    }

    public Money unallocated() {
        return unallocated;
    }

    public String channel() {
        return channel;
    }

    public List<PaymentAllocation> allocations() {
        return Collections.unmodifiableList(allocations);
    }

    public long version() {
        return version;
    }
}
