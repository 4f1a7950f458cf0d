package com.acuerdo.reminder.entity;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.platform.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A friendly reminder of a promise or an instalment, before its due date or on the day. Sent once:
 * PENDING until the guard allows it (each refusal kept with the next allowed moment), then SENT with
 * its outbox message; WITHDRAWN when the promise or instalment was settled or ended meanwhile.
 */
@Entity
@Table(name = "reminder")
public class Reminder {

    public enum Subject {
        PROMISE,
        INSTALMENT
    }

    public enum Kind {
        BEFORE_DUE,
        ON_DUE_DATE
    }

    public enum Status {
        PENDING,
        SENT,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    private Subject subject;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private Kind kind;

    // Other capabilities by id (foreign keys in SQL).
    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "amount_currency", nullable = false))
    })
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_refusal", length = 1000)
    private String lastRefusal;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 16)
    private Channel channel;

    @Column(name = "outbox_message_id")
    private Long outboxMessageId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Reminder() {}

    public Reminder(
            Subject subject,
            long subjectId,
            Kind kind,
            long caseId,
            long customerId,
            long accountId,
            LocalDate dueOn,
            Money amount,
            LocalDate createdOn) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.subjectId = subjectId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.caseId = caseId;
        this.customerId = customerId;
        this.accountId = accountId;
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.createdOn = Objects.requireNonNull(createdOn, "createdOn");
        this.status = Status.PENDING;
    }

    /** The guard said no: kept, with why and when it may be tried again (null: the next night). */
    public void refused(String reasons, Instant nextAllowedAt) {
        requirePending();
        attempts++;
        lastRefusal = reasons == null || reasons.length() <= 1000 ? reasons : reasons.substring(0, 1000);
        nextAttemptAt = nextAllowedAt;
    }

    public void sent(Channel channel, long outboxMessageId, Instant at) {
        requirePending();
        attempts++;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.outboxMessageId = outboxMessageId;
        this.sentAt = Objects.requireNonNull(at, "at");
        this.nextAttemptAt = null;
        status = Status.SENT;
    }

    /** The promise or instalment no longer needs reminding (settled, ended or overdue). */
    public void withdraw(String why) {
        requirePending();
        lastRefusal = why;
        nextAttemptAt = null;
        status = Status.WITHDRAWN;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("reminder " + id + " is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public Subject subject() {
        return subject;
    }

    public long subjectId() {
        return subjectId;
    }

    public Kind kind() {
        return kind;
    }

    public long caseId() {
        return caseId;
    }

    public long customerId() {
        return customerId;
    }

    public long accountId() {
        return accountId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Money amount() {
        return amount;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> lastRefusal() {
        return Optional.ofNullable(lastRefusal);
    }

    public Optional<Long> outboxMessageId() {
        return Optional.ofNullable(outboxMessageId);
    }
}
