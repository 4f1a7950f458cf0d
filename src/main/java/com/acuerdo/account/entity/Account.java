package com.acuerdo.account.entity;

import com.acuerdo.aging.control.DaysPastDue;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketMove;
import com.acuerdo.aging.entity.BucketScheme;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit account of a client (accounts file) with its bills and payments. It knows its balance and
 * its days past due; the last aging result is kept on the row so screens and jobs can query by bucket.
 */
@Entity
@Table(name = "account")
public class Account {

    /** Oldest bill first; the id breaks ties between bills due the same day. */
    private static final Comparator<Bill> OLDEST_FIRST = Comparator.comparing(Bill::dueDate)
            .thenComparing(Bill::id, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Bill::externalId);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "product", nullable = false, length = 32)
    private Product product;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "credit_limit", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "credit_limit_currency", nullable = false))
    })
    private Money creditLimit;

    // Changed conditions (objective CHANGE_CONDITIONS): exported to the core bank by escalation.
    @Column(name = "credit_limit_reduced", nullable = false)
    private boolean creditLimitReduced;

    @Column(name = "credit_limit_reduced_on")
    private LocalDate creditLimitReducedOn;

    @Column(name = "new_charges_blocked", nullable = false)
    private boolean newChargesBlocked;

    @Column(name = "new_charges_blocked_on")
    private LocalDate newChargesBlockedOn;

    // The last aging result, kept for queries (worklists, cases by bucket, reports).
    @Column(name = "days_past_due", nullable = false)
    private int daysPastDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "bucket", nullable = false, length = 16)
    private AgingBucket bucket = AgingBucket.CURRENT;

    @Column(name = "aged_on")
    private LocalDate agedOn;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL)
    @OrderBy("dueDate, id")
    private List<Bill> bills = new ArrayList<>();

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL)
    @OrderBy("paidOn, id")
    private List<Payment> payments = new ArrayList<>();

    @Version
    private long version;

    protected Account() {}

    public Account(
            String externalId,
            Customer customer,
            Product product,
            String currency,
            LocalDate openedOn,
            Money creditLimit) {
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("an account needs the core bank's id");
        }
        this.externalId = externalId;
        this.currency = Currency.getInstance(Objects.requireNonNull(currency, "currency"))
                .getCurrencyCode();
        apply(customer, product, openedOn, creditLimit);
    }

    /**
     * A re-import of the account with changed values. The currency never changes: bills and payments
     * are in it.
     *
     * @return whether anything changed
     */
    public boolean updateFrom(Customer newCustomer, Product newProduct, LocalDate newOpenedOn, Money newCreditLimit) {
        if (newCustomer == customer
                && newProduct == product
                && Objects.equals(newOpenedOn, openedOn)
                && Objects.equals(newCreditLimit, creditLimit)) {
            return false;
        }
        apply(newCustomer, newProduct, newOpenedOn, newCreditLimit);
        return true;
    }

    private void apply(Customer customer, Product product, LocalDate openedOn, Money creditLimit) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.product = Objects.requireNonNull(product, "product");
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
        requireOwnCurrency(Objects.requireNonNull(creditLimit, "creditLimit"));
        if (creditLimit.isNegative()) {
            throw new IllegalArgumentException("a credit limit cannot be negative: " + creditLimit);
        }
        this.creditLimit = creditLimit;
    }

    private void requireOwnCurrency(Money money) {
        if (!money.currency().equals(currency)) {
            throw new IllegalArgumentException(
                    "account " + externalId + " is in " + currency + ", not " + money.currency());
        }
    }

    public Bill addBill(String billExternalId, LocalDate dueDate, Money amountDue) {
        requireOwnCurrency(amountDue);
        var bill = new Bill(billExternalId, this, dueDate, amountDue);
        bills.add(bill);
        return bill;
    }

    /** A re-imported bill with changed values; returns whether anything changed. */
    public boolean updateBill(Bill bill, LocalDate dueDate, Money amountDue) {
        if (bill.account() != this) {
            throw new IllegalArgumentException("bill " + bill.externalId() + " is not of account " + externalId);
        }
        requireOwnCurrency(amountDue);
        return bill.updateFrom(dueDate, amountDue);
    }

    /**
     * Posts a payment: it pays the oldest unpaid bills first; what is left stays on the payment as
     * unallocated credit.
     */
    public void applyPayment(Payment payment) {
        if (payment.account() != this) {
            throw new IllegalArgumentException("payment " + payment.externalId() + " is not for account " + externalId);
        }
        if (payment.isApplied() || payments.contains(payment)) {
            throw new IllegalStateException("payment " + payment.externalId() + " is already applied");
        }
        payments.add(payment);
        payment.allocateTo(bills.stream()
                .filter(bill -> bill.unpaid().isPositive())
                .sorted(OLDEST_FIRST)
                .toList());
    }

    /** What the client still owes on the bills: the sum of their unpaid parts. */
    public Money balance() {
        return bills.stream().map(Bill::unpaid).reduce(Money.zero(currency), Money::plus);
    }

    public int daysPastDue(LocalDate businessDate, Money tolerance, List<PausePeriod> pauses) {
        requireOwnCurrency(tolerance);
        var dues = bills.stream()
                .map(bill -> new DaysPastDue.Due(bill.dueDate(), bill.unpaid()))
                .toList();
        return DaysPastDue.on(businessDate, dues, tolerance, pauses);
    }

    /** The bucket by the default ranges (demo data and tests); the jobs use the ranges in force. */
    public AgingBucket bucket(LocalDate businessDate, Money tolerance, List<PausePeriod> pauses) {
        return bucket(businessDate, tolerance, pauses, BucketScheme.defaults());
    }

    /** The bucket by the ranges in force on the business date. */
    public AgingBucket bucket(LocalDate businessDate, Money tolerance, List<PausePeriod> pauses, BucketScheme scheme) {
        return scheme.bucketOf(daysPastDue(businessDate, tolerance, pauses));
    }

    /** Ages by the default ranges (demo data and tests); see {@link #age(LocalDate, Money, List, BucketScheme)}. */
    public Optional<BucketMove> age(LocalDate businessDate, Money tolerance, List<PausePeriod> pauses) {
        return age(businessDate, tolerance, pauses, BucketScheme.defaults());
    }

    /**
     * Ages the account on a business date by the buckets' ranges in force on that date and keeps the
     * result on the row. Aging twice on the same date changes nothing the second time, so a restarted
     * job records no duplicate move.
     *
     * @return the move to record when the bucket changed
     */
    public Optional<BucketMove> age(
            LocalDate businessDate, Money tolerance, List<PausePeriod> pauses, BucketScheme scheme) {
        int days = daysPastDue(businessDate, tolerance, pauses);
        var previous = bucket;
        daysPastDue = days;
        bucket = scheme.bucketOf(days);
        agedOn = businessDate;
        if (bucket == previous) {
            return Optional.empty();
        }
        return Optional.of(new BucketMove(id, customer.id(), previous, bucket, businessDate, days, scheme));
    }

    /** @return whether this changed the account (so the change is exported only once) */
    public boolean reduceCreditLimit(LocalDate businessDate) {
        if (creditLimitReduced) {
            return false;
        }
        creditLimitReduced = true;
        creditLimitReducedOn = Objects.requireNonNull(businessDate, "businessDate");
        return true;
    }

    /** @return whether this changed the account (so the change is exported only once) */
    public boolean blockNewCharges(LocalDate businessDate) {
        if (newChargesBlocked) {
            return false;
        }
        newChargesBlocked = true;
        newChargesBlockedOn = Objects.requireNonNull(businessDate, "businessDate");
        return true;
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public Customer customer() {
        return customer;
    }

    public Product product() {
        return product;
    }

    public String currency() {
        return currency;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public Money creditLimit() {
        return creditLimit;
    }

    public boolean creditLimitReduced() {
        return creditLimitReduced;
    }

    public Optional<LocalDate> creditLimitReducedOn() {
        return Optional.ofNullable(creditLimitReducedOn);
    }

    public boolean newChargesBlocked() {
        return newChargesBlocked;
    }

    public Optional<LocalDate> newChargesBlockedOn() {
        return Optional.ofNullable(newChargesBlockedOn);
    }

    /** Days past due at the last aging. */
    public int lastDaysPastDue() {
        return daysPastDue;
    }

    /** Bucket at the last aging (CURRENT before the first). */
    public AgingBucket lastBucket() {
        return bucket;
    }

    public Optional<LocalDate> agedOn() {
        return Optional.ofNullable(agedOn);
    }

    public List<Bill> bills() {
        return Collections.unmodifiableList(bills);
    }

    public List<Payment> payments() {
        return Collections.unmodifiableList(payments);
    }

    public long version() {
        return version;
    }
}
