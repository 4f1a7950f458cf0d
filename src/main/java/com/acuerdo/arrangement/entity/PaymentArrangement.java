package com.acuerdo.arrangement.entity;

import com.acuerdo.account.entity.Account;
import com.acuerdo.arrangement.control.InstalmentSchedule;
import com.acuerdo.casework.entity.CollectionCase;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Convenio de pago: a down payment and instalments on an account, maybe with a discount. Inside the
 * policy it is active at once; beyond it a supervisor approves or rejects it.
 */
@Entity
@Table(name = "payment_arrangement")
public class PaymentArrangement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_arrangement_seq")
    @SequenceGenerator(name = "payment_arrangement_seq", sequenceName = "payment_arrangement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CollectionCase collectionCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "amount",
                column = @Column(name = "total_before_discount", nullable = false, updatable = false)),
        @AttributeOverride(
                name = "currency",
                column = @Column(name = "total_before_discount_currency", nullable = false, updatable = false))
    })
    private Money totalBeforeDiscount;

    @Column(name = "discount_percent", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal discountPercent;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "amount",
                column = @Column(name = "total_after_discount", nullable = false, updatable = false)),
        @AttributeOverride(
                name = "currency",
                column = @Column(name = "total_after_discount_currency", nullable = false, updatable = false))
    })
    private Money totalAfterDiscount;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "amount",
                column = @Column(name = "down_payment", nullable = false, updatable = false)),
        @AttributeOverride(
                name = "currency",
                column = @Column(name = "down_payment_currency", nullable = false, updatable = false))
    })
    private Money downPayment;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, updatable = false, length = 16)
    private Frequency frequency;

    @Column(name = "first_due_on", nullable = false, updatable = false)
    private LocalDate firstDueOn;

    @OneToMany(mappedBy = "arrangement", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ArrangementStatus status;

    @Column(name = "requested_by_agent_id", updatable = false)
    private Long requestedByAgentId;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    /** Username of the supervisor who approved or rejected it. */
    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    /** Why it needs a supervisor: the soft limits it breaks, one per line (codes with figures). */
    @Column(name = "approval_reasons", length = 1000, updatable = false)
    private String approvalReasons;

    @Version
    private long version;

    protected PaymentArrangement() {}

    private PaymentArrangement(
            CollectionCase collectionCase,
            Account account,
            InstalmentSchedule schedule,
            Long requestedByAgentId,
            Instant requestedAt,
            ArrangementStatus status) {
        this.collectionCase = Objects.requireNonNull(collectionCase, "collectionCase");
        this.account = Objects.requireNonNull(account, "account");
        if (!schedule.totalBeforeDiscount().currency().equals(account.currency())) {
            throw new IllegalArgumentException("arrangement in "
                    + schedule.totalBeforeDiscount().currency() + " on an account in " + account.currency());
        }
        this.totalBeforeDiscount = schedule.totalBeforeDiscount();
        this.discountPercent = schedule.discountPercent();
        this.totalAfterDiscount = schedule.totalAfterDiscount();
        this.downPayment = schedule.downPayment();
        this.frequency = schedule.frequency();
        this.firstDueOn = schedule.firstDueOn();
        for (var line : schedule.instalments()) {
            instalments.add(new Instalment(this, line.number(), line.dueOn(), line.amount()));
        }
        this.requestedByAgentId = requestedByAgentId;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.status = status;
    }

    /** Within the arrangement policy: active at once. */
    public static PaymentArrangement agree(
            CollectionCase collectionCase,
            Account account,
            InstalmentSchedule schedule,
            Long requestedByAgentId,
            Instant requestedAt) {
        return new PaymentArrangement(
                collectionCase, account, schedule, requestedByAgentId, requestedAt, ArrangementStatus.ACTIVE);
    }

    /** Beyond the arrangement policy: waits for a supervisor. */
    public static PaymentArrangement requestApproval(
            CollectionCase collectionCase,
            Account account,
            InstalmentSchedule schedule,
            Long requestedByAgentId,
            Instant requestedAt) {
        return new PaymentArrangement(
                collectionCase, account, schedule, requestedByAgentId, requestedAt, ArrangementStatus.PENDING_APPROVAL);
    }

    /** Beyond the arrangement policy: waits for a supervisor, who sees why (the limits it breaks). */
    public static PaymentArrangement requestApproval(
            CollectionCase collectionCase,
            Account account,
            InstalmentSchedule schedule,
            Long requestedByAgentId,
            Instant requestedAt,
            List<String> whyApproval) {
        var arrangement = requestApproval(collectionCase, account, schedule, requestedByAgentId, requestedAt);
        var text = String.join("\n", whyApproval);
        arrangement.approvalReasons = text.isEmpty() ? null : text.substring(0, Math.min(text.length(), 1000));
        return arrangement;
    }

    /** A supervisor agrees; the reason is optional (the policy's limits already say why it was asked). */
    public void approve(String by, String reason, Instant at) {
        decide(by, reason, at, false);
        status = ArrangementStatus.ACTIVE;
    }

    /** A supervisor refuses; the agent must learn why, so the reason is required. */
    public void reject(String by, String reason, Instant at) {
        decide(by, reason, at, true);
        status = ArrangementStatus.REJECTED;
    }

    private void decide(String by, String reason, Instant at, boolean reasonRequired) {
        requireStatus(EnumSet.of(ArrangementStatus.PENDING_APPROVAL));
        boolean noReason = reason == null || reason.isBlank();
        if (by == null || by.isBlank() || (reasonRequired && noReason)) {
            throw new IllegalArgumentException("a decision records who took it (and why, for a rejection)");
        }
        decidedBy = by;
        decisionReason = noReason ? null : reason.strip();
        decidedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isPendingApproval() {
        return status == ArrangementStatus.PENDING_APPROVAL;
    }

    /** The client stopped paying (e.g. an instalment missed beyond the grace days). */
    public void markBroken(LocalDate businessDate, String reason) {
        requireStatus(EnumSet.of(ArrangementStatus.ACTIVE));
        end(ArrangementStatus.BROKEN, businessDate, reason);
    }

    /** Every instalment paid. */
    public void complete(LocalDate businessDate) {
        requireStatus(EnumSet.of(ArrangementStatus.ACTIVE));
        var unpaid = instalments.stream()
                .filter(instalment -> instalment.status() != InstalmentStatus.PAID)
                .map(Instalment::number)
                .toList();
        if (!unpaid.isEmpty()) {
            throw new IllegalStateException("instalments " + unpaid + " are not paid yet");
        }
        end(ArrangementStatus.COMPLETED, businessDate, null);
    }

    public void cancel(LocalDate businessDate, String reason) {
        requireStatus(EnumSet.of(ArrangementStatus.PENDING_APPROVAL, ArrangementStatus.ACTIVE));
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a cancellation needs a reason");
        }
        end(ArrangementStatus.CANCELLED, businessDate, reason);
    }

    private void end(ArrangementStatus newStatus, LocalDate businessDate, String reason) {
        status = newStatus;
        endedOn = Objects.requireNonNull(businessDate, "businessDate");
        endReason = reason;
    }

    private void requireStatus(EnumSet<ArrangementStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new IllegalStateException("arrangement " + id + " is " + status + ", not " + allowed);
        }
    }

    /** What the instalments add up to. */
    public Money financed() {
        return totalAfterDiscount.minus(downPayment);
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

    public Money totalBeforeDiscount() {
        return totalBeforeDiscount;
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    public Money totalAfterDiscount() {
        return totalAfterDiscount;
    }

    public Money downPayment() {
        return downPayment;
    }

    public Frequency frequency() {
        return frequency;
    }

    public LocalDate firstDueOn() {
        return firstDueOn;
    }

    public List<Instalment> instalments() {
        return Collections.unmodifiableList(instalments);
    }

    public ArrangementStatus status() {
        return status;
    }

    public Optional<Long> requestedByAgentId() {
        return Optional.ofNullable(requestedByAgentId);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    public List<String> approvalReasons() {
        return approvalReasons == null ? List.of() : List.of(approvalReasons.split("\n"));
    }

    public long version() {
        return version;
    }
}
