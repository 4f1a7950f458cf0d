package com.acuerdo.contact.entity;

import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.customer.entity.Customer;
import jakarta.persistence.Column;
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

/**
 * A limit on contacting a client (cease, dispute, no call/SMS/e-mail, hardship pause) over a period of
 * dates, for one account or the whole client. Disputes and pauses also stop days past due growing.
 */
@Entity
@Table(name = "contact_restriction")
public class ContactRestriction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_restriction_seq")
    @SequenceGenerator(name = "contact_restriction_seq", sequenceName = "contact_restriction_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    /** Null: the restriction covers the whole client. */
    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "restriction_type", nullable = false, updatable = false, length = 16)
    private RestrictionType type;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    /** Inclusive; null while open. */
    @Column(name = "until_date")
    private LocalDate untilDate;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Version
    private long version;

    protected ContactRestriction() {}

    public ContactRestriction(
            Customer customer,
            Long accountId,
            RestrictionType type,
            LocalDate fromDate,
            LocalDate untilDate,
            String note,
            String recordedBy,
            Instant recordedAt) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.accountId = accountId;
        this.type = Objects.requireNonNull(type, "type");
        this.fromDate = Objects.requireNonNull(fromDate, "fromDate");
        if (untilDate != null && untilDate.isBefore(fromDate)) {
            throw new IllegalArgumentException(
                    "a restriction cannot end (" + untilDate + ") before it starts (" + fromDate + ")");
        }
        this.untilDate = untilDate;
        this.note = note;
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("a restriction records who entered it");
        }
        this.recordedBy = recordedBy;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(fromDate) && (untilDate == null || !date.isAfter(untilDate));
    }

    /** Whether it restricts contact about this account (a whole-client restriction covers every account). */
    public boolean covers(Long anAccountId) {
        return accountId == null || accountId.equals(anAccountId);
    }

    /**
     * Ends the restriction: it no longer applies from {@code businessDate} on (the dispute was
     * resolved, the pause ended today). Lifting before it started leaves it with no days at all.
     */
    public void lift(Instant at, LocalDate businessDate) {
        if (liftedAt != null) {
            throw new IllegalStateException("restriction " + id + " was already lifted");
        }
        liftedAt = Objects.requireNonNull(at, "at");
        var lastDay = businessDate.minusDays(1);
        if (untilDate == null || lastDay.isBefore(untilDate)) {
            untilDate = lastDay;
        }
    }

    public boolean isLifted() {
        return liftedAt != null;
    }

    /** The days it stops days past due growing: disputes and pauses only, and only if it has any days. */
    public Optional<PausePeriod> asPause() {
        if (!type.pausesAging() || (untilDate != null && untilDate.isBefore(fromDate))) {
            return Optional.empty();
        }
        return Optional.of(new PausePeriod(fromDate, Optional.ofNullable(untilDate)));
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    public RestrictionType type() {
        return type;
    }

    public LocalDate fromDate() {
        return fromDate;
    }

    public Optional<LocalDate> untilDate() {
        return Optional.ofNullable(untilDate);
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<Instant> liftedAt() {
        return Optional.ofNullable(liftedAt);
    }

    public long version() {
        return version;
    }
}
