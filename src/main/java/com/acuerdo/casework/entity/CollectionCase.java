package com.acuerdo.casework.entity;

import com.acuerdo.account.entity.Account;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.strategy.entity.Objective;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The collection case of one client: all their delinquent accounts, worked by one agent. A client has
 * at most one open case; the database enforces it with {@code open_customer_id}, set only while open
 * and unique.
 */
@Entity
@Table(name = "collection_case")
public class CollectionCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_case_seq")
    @SequenceGenerator(name = "collection_case_seq", sequenceName = "collection_case_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    /** The customer's id while the case is open, null once closed: a UNIQUE column. */
    @Column(name = "open_customer_id")
    private Long openCustomerId;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "collection_case_account",
            joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> accounts = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 16)
    private CloseReason closeReason;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "bucket", nullable = false, length = 16)
    private AgingBucket bucket;

    @Enumerated(EnumType.STRING)
    @Column(name = "objective", length = 32)
    private Objective objective;

    @Column(name = "priority_score", nullable = false, precision = 19, scale = 4)
    private BigDecimal priorityScore = BigDecimal.ZERO;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "collection_case_priority_part", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "part_order")
    private List<PriorityPart> priorityParts = new ArrayList<>();

    // Agents and teams belong to another capability: referenced by id, foreign keys in SQL.
    @Column(name = "assigned_agent_id")
    private Long assignedAgentId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "escalated", nullable = false)
    private boolean escalated;

    @Column(name = "escalation_reason", length = 500)
    private String escalationReason;

    @Column(name = "charge_off_candidate", nullable = false)
    private boolean chargeOffCandidate;

    @Column(name = "last_contact_at")
    private Instant lastContactAt;

    @Column(name = "next_callback_at")
    private Instant nextCallbackAt;

    @Version
    private long version;

    protected CollectionCase() {}

    private CollectionCase(Customer customer, Collection<Account> accounts, LocalDate businessDate) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.openedOn = Objects.requireNonNull(businessDate, "businessDate");
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("a case links at least one account");
        }
        accounts.forEach(this::link);
        var worst = worstBucketOfAccounts();
        if (!worst.isDelinquent()) {
            throw new IllegalArgumentException("a case is opened for a delinquent client; all accounts are current");
        }
        this.status = CaseStatus.OPEN;
        this.openCustomerId = customer.id();
        updateAging(worst, worst.defaultObjective().orElse(null));
    }

    // The customer may get its id only when persisted just before the case.
    @PrePersist
    void keepOpenCustomer() {
        openCustomerId = isOpen() ? customer.id() : null;
    }

    /** Opens the case of a client whose accounts (aged already) are delinquent. */
    public static CollectionCase open(Customer customer, Collection<Account> accounts, LocalDate businessDate) {
        return new CollectionCase(customer, accounts, businessDate);
    }

    /** Links another account of the same client (it became delinquent while the case is open). */
    public void link(Account account) {
        if (account.customer() != customer) {
            throw new IllegalArgumentException(
                    "account " + account.externalId() + " is not of client " + customer.externalId());
        }
        if (status == CaseStatus.CLOSED) {
            throw closed();
        }
        accounts.add(account);
    }

    /** The worst bucket among the linked accounts, as of their last aging. */
    public AgingBucket worstBucketOfAccounts() {
        return accounts.stream().map(Account::lastBucket).reduce(AgingBucket.CURRENT, AgingBucket::worse);
    }

    /** First assignment of a new or orphaned case. */
    public void assignTo(long agentId, long teamId) {
        requireOpen();
        this.assignedAgentId = agentId;
        this.teamId = teamId;
    }

    /** A supervisor's (or an absence's) move of the case; the returned move is what gets audited. */
    public Reassignment reassignTo(long agentId, long teamId, String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reassignment needs a reason");
        }
        if (Objects.equals(assignedAgentId, agentId) && Objects.equals(this.teamId, teamId)) {
            throw new IllegalStateException("case " + id + " is already with agent " + agentId);
        }
        var move = new Reassignment(assignedAgentId, this.teamId, agentId, teamId, reason);
        this.assignedAgentId = agentId;
        this.teamId = teamId;
        return move;
    }

    public boolean isAssignedTo(long agentId) {
        return assignedAgentId != null && assignedAgentId == agentId;
    }

    /** The nightly aging's verdict: the worst bucket of the accounts and the strategy's objective. */
    public void updateAging(AgingBucket newBucket, Objective newObjective) {
        requireOpen();
        this.bucket = Objects.requireNonNull(newBucket, "bucket");
        this.objective = newObjective;
        this.chargeOffCandidate = newBucket.isChargeOffCandidate();
    }

    /** The score and its explanation; the parts add up to the score so the worklist can show why. */
    public void prioritise(BigDecimal score, List<PriorityPart> parts) {
        Objects.requireNonNull(score, "score");
        var sum = parts.stream().map(PriorityPart::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(score) != 0) {
            throw new IllegalArgumentException("priority parts add up to " + sum + ", not to the score " + score);
        }
        this.priorityScore = score;
        this.priorityParts.clear();
        this.priorityParts.addAll(parts);
    }

    /** @return whether the case was not escalated before */
    public boolean escalate(String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an escalation needs a reason");
        }
        if (escalated) {
            return false;
        }
        escalated = true;
        escalationReason = reason;
        return true;
    }

    /** A contact was made; a callback agreed in it becomes the next callback (or clears it). */
    public void contactMade(Instant at, Instant callbackAt) {
        Objects.requireNonNull(at, "at");
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            lastContactAt = at;
            nextCallbackAt = callbackAt;
        }
    }

    public void close(CloseReason reason, LocalDate businessDate) {
        requireOpen();
        Objects.requireNonNull(reason, "reason");
        if (businessDate.isBefore(openedOn)) {
            throw new IllegalArgumentException(
                    "a case cannot close (" + businessDate + ") before it opened (" + openedOn + ")");
        }
        status = CaseStatus.CLOSED;
        closeReason = reason;
        closedOn = businessDate;
        openCustomerId = null;
        nextCallbackAt = null;
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw closed();
        }
    }

    private IllegalStateException closed() {
        return new IllegalStateException("case " + id + " is closed");
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public Set<Account> accounts() {
        return Collections.unmodifiableSet(accounts);
    }

    public CaseStatus status() {
        return status;
    }

    public Optional<CloseReason> closeReason() {
        return Optional.ofNullable(closeReason);
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public AgingBucket bucket() {
        return bucket;
    }

    public Optional<Objective> objective() {
        return Optional.ofNullable(objective);
    }

    public BigDecimal priorityScore() {
        return priorityScore;
    }

    public List<PriorityPart> priorityParts() {
        return Collections.unmodifiableList(priorityParts);
    }

    public Optional<Long> assignedAgentId() {
        return Optional.ofNullable(assignedAgentId);
    }

    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }

    public boolean escalated() {
        return escalated;
    }

    public Optional<String> escalationReason() {
        return Optional.ofNullable(escalationReason);
    }

    public boolean chargeOffCandidate() {
        return chargeOffCandidate;
    }

    public Optional<Instant> lastContactAt() {
        return Optional.ofNullable(lastContactAt);
    }

    public Optional<Instant> nextCallbackAt() {
        return Optional.ofNullable(nextCallbackAt);
    }

    public long version() {
        return version;
    }
}
