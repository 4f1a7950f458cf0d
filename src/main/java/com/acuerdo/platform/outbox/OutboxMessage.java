package com.acuerdo.platform.outbox;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import jakarta.persistence.Column;
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
import java.util.Objects;
import java.util.Optional;

/**
 * A message to a client written in the same transaction as the business change that caused it and
 * sent afterwards by a sender, so a rollback never leaves a message out and a crash never loses one.
 * PENDING → SENDING (claimed by one worker) → SENT; a failed attempt goes back to PENDING for a
 * later attempt (backoff) until the attempts run out (FAILED); REFUSED for good.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    static final int BODY_LENGTH = 4000;
    private static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    /** The client (customer, owned by portfolio). */
    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    /** Address, phone number or postal address, as the channel needs. */
    @Column(name = "recipient", nullable = false, length = 320)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Not sent before this moment (e.g. the start of the client's allowed hours). */
    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Version
    private long version;

    protected OutboxMessage() {}

    public OutboxMessage(
            Channel channel,
            long customerId,
            String recipient,
            Language language,
            String subject,
            String body,
            Instant createdAt,
            Instant notBefore) {
        if (channel == Channel.CALL || channel == Channel.VISIT) {
            throw new IllegalArgumentException("the outbox carries written messages, not " + channel);
        }
        this.channel = channel;
        this.customerId = customerId;
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("a message needs a recipient");
        }
        this.recipient = recipient.strip();
        this.language = Objects.requireNonNull(language, "language");
        this.subject = subject;
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a message needs a body");
        }
        if (body.length() > BODY_LENGTH) {
            throw new IllegalArgumentException("the body is longer than " + BODY_LENGTH + " characters");
        }
        this.body = body;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.notBefore = notBefore == null ? createdAt : notBefore;
    }

    /** Pending and its time has come. */
    public boolean isDueAt(Instant now) {
        return status == OutboxStatus.PENDING && !now.isBefore(notBefore);
    }

    /**
     * Claims the message for one delivery attempt until {@code claimUntil}. The row's version makes
     * the claim exclusive: of two workers that read the same row, only one commits its claim.
     */
    public void claim(Instant now, Instant claimUntil) {
        requireStatus(OutboxStatus.PENDING);
        if (!isDueAt(now)) {
            throw new IllegalStateException("message " + id + " is not due before " + notBefore);
        }
        if (!claimUntil.isAfter(now)) {
            throw new IllegalArgumentException("a claim must last");
        }
        this.status = OutboxStatus.SENDING;
        this.notBefore = claimUntil;
    }

    public void markSent(Instant at) {
        requireStatus(OutboxStatus.SENDING);
        attempts++;
        this.status = OutboxStatus.SENT;
        this.sentAt = Objects.requireNonNull(at);
        this.lastError = null;
    }

    /** An attempt failed: tried again after the backoff's delay, or FAILED when attempts run out. */
    public void attemptFailed(String error, Instant now, Backoff backoff) {
        requireStatus(OutboxStatus.SENDING);
        attempts++;
        this.lastError = truncate(error == null || error.isBlank() ? "unknown error" : error);
        var next = backoff.nextAttemptAfter(attempts, now);
        if (next.isPresent()) {
            this.status = OutboxStatus.PENDING;
            this.notBefore = next.get();
        } else {
            this.status = OutboxStatus.FAILED;
        }
    }

    /**
     * The worker that claimed it stopped before recording the outcome: the message may or may not
     * have gone out, and sending it again could contact the client twice, so it is not retried.
     */
    public void abandonIfClaimExpired(Instant now) {
        if (status == OutboxStatus.SENDING && !now.isBefore(notBefore)) {
            attempts++;
            this.status = OutboxStatus.FAILED;
            this.lastError = "interrupted while sending; not retried because it may have been delivered";
        }
    }

    /** Puts a failed message back in the queue (an administrator's decision), not before {@code moment}. */
    public void retryAt(Instant moment) {
        requireStatus(OutboxStatus.FAILED);
        this.status = OutboxStatus.PENDING;
        this.notBefore = Objects.requireNonNull(moment);
    }

    /** The guard or the tone check refused it: kept for the audit, never sent. */
    public void refuse(String reason) {
        requireStatus(OutboxStatus.PENDING);
        this.status = OutboxStatus.REFUSED;
        this.lastError = truncate(reason == null ? "refused" : reason);
    }

    private void requireStatus(OutboxStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("message " + id + " is " + status + ", not " + expected);
        }
    }

    private static String truncate(String text) {
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }

    public Long id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public long customerId() {
        return customerId;
    }

    public String recipient() {
        return recipient;
    }

    public Language language() {
        return language;
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public String body() {
        return body;
    }

    public OutboxStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
