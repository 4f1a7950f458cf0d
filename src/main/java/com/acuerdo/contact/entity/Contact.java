package com.acuerdo.contact.entity;

import com.acuerdo.casework.entity.CollectionCase;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One contact attempt or conversation (gestión) on a client's case. */
@Entity
@Table(name = "contact")
public class Contact {

    public static final int MAX_NOTES = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CollectionCase collectionCase;

    // Denormalised from the case: the contact rules count contacts per person and time.
    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    /** The account talked about; null when the contact is about the whole client. */
    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, updatable = false, length = 16)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 32)
    private ContactOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "delay_reason", length = 32)
    private DelayReason delayReason;

    /** Null for contacts the system made (reminders). */
    @Column(name = "agent_id", updatable = false)
    private Long agentId;

    @Column(name = "contact_at", nullable = false, updatable = false)
    private Instant contactAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 32)
    private ContactPurpose purpose = ContactPurpose.COLLECTION;

    @Column(name = "notes", length = MAX_NOTES)
    private String notes;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "contact_talking_point", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "code", nullable = false, length = 64)
    private Set<String> talkingPointsCovered = new LinkedHashSet<>();

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(name = "callback_at")
    private Instant callbackAt;

    @Column(name = "recording_url", length = 1000)
    private String recordingUrl;

    @Version
    private long version;

    protected Contact() {}

    public Contact(
            CollectionCase collectionCase,
            Long accountId,
            Channel channel,
            Direction direction,
            ContactOutcome outcome,
            Long agentId,
            Instant contactAt,
            String notes) {
        this.collectionCase = Objects.requireNonNull(collectionCase, "collectionCase");
        this.customerId = collectionCase.customer().id();
        this.accountId = accountId;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.agentId = agentId;
        this.contactAt = Objects.requireNonNull(contactAt, "contactAt");
        this.notes = checkedNotes(notes);
    }

    // A client stored in the same transaction gets its id only when persisted.
    @PrePersist
    void takeCustomerOfCase() {
        if (customerId == null) {
            customerId = collectionCase.customer().id();
        }
    }

    private static String checkedNotes(String notes) {
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("notes are limited to " + MAX_NOTES + " characters");
        }
        return notes;
    }

    /** Marks the contact as the confirmation of a cease-contact request (the only contact then allowed). */
    public void confirmCeaseRequest() {
        if (!ContactPurpose.CEASE_CONFIRMATION.isConfirmationChannel(channel)) {
            throw new IllegalArgumentException(
                    "a cease request is confirmed in writing (letter or e-mail), not by " + channel);
        }
        this.purpose = ContactPurpose.CEASE_CONFIRMATION;
    }

    /** Why the client has not paid (motivo de mora), found out in the conversation. */
    public void explainDelay(DelayReason reason) {
        this.delayReason = Objects.requireNonNull(reason, "reason");
    }

    public void coverTalkingPoints(Collection<String> codes) {
        talkingPointsCovered.addAll(codes);
    }

    /** What was agreed to happen next, and when to call back (none when not agreed). */
    public void agreeNextStep(String step, Instant callbackAt) {
        this.nextStep = step;
        this.callbackAt = callbackAt;
    }

    /** The call's recording, as an http(s) address of the bank's recording system. */
    public void attachRecording(String url) {
        var address = url == null ? "" : url.strip();
        if (!(address.startsWith("https://") || address.startsWith("http://"))
                || address.length() > 1000
                || address.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a recording is an http(s) address of at most 1000 characters");
        }
        this.recordingUrl = address;
    }

    public void amendNotes(String newNotes) {
        this.notes = checkedNotes(newNotes);
    }

    /** A telephone conversation with the client, which some jurisdictions count specially. */
    public boolean isConversation() {
        return outcome.isConversation(channel);
    }

    public Long id() {
        return id;
    }

    public CollectionCase collectionCase() {
        return collectionCase;
    }

    public Long customerId() {
        return customerId;
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    public Channel channel() {
        return channel;
    }

    public Direction direction() {
        return direction;
    }

    public ContactOutcome outcome() {
        return outcome;
    }

    public Optional<DelayReason> delayReason() {
        return Optional.ofNullable(delayReason);
    }

    public Optional<Long> agentId() {
        return Optional.ofNullable(agentId);
    }

    public Instant contactAt() {
        return contactAt;
    }

    public ContactPurpose purpose() {
        return purpose;
    }

    public String notes() {
        return notes;
    }

    public Set<String> talkingPointsCovered() {
        return Collections.unmodifiableSet(talkingPointsCovered);
    }

    public Optional<String> nextStep() {
        return Optional.ofNullable(nextStep);
    }

    public Optional<Instant> callbackAt() {
        return Optional.ofNullable(callbackAt);
    }

    public Optional<String> recordingUrl() {
        return Optional.ofNullable(recordingUrl);
    }

    public long version() {
        return version;
    }
}
