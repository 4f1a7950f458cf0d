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

/** The part of a payment that went to one bill. Written once, when the payment is applied. */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_allocation_seq")
    @SequenceGenerator(name = "payment_allocation_seq", sequenceName = "payment_allocation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false, updatable = false)
    private Payment payment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bill_id", nullable = false, updatable = false)
    private Bill bill;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false)),
        @AttributeOverride(
                name = "currency",
                column = @Column(name = "amount_currency", nullable = false, updatable = false))
    })
    private Money amount;

    protected PaymentAllocation() {}

    PaymentAllocation(Payment payment, Bill bill, Money amount) {
        this.payment = payment;
        this.bill = bill;
        this.amount = amount;
    }

    public Long id() {
        return id;
    }

    public Payment payment() {
        return payment;
    }

    public Bill bill() {
        return bill;
    }

    public Money amount() {
        return amount;
    }
}
