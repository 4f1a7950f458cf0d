package com.acuerdo.strategy.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A supervisor's proposed configuration change with its reason. Pending until an admin approves it
 * (the change is then scheduled like the admin's own) or rejects it.
 */
@Entity
@Table(name = "config_proposal")
public class ConfigurationProposal {

    public enum Kind {
        TALKING_POINT,
        BUCKET_OBJECTIVES,
        CONTACT_POLICY,
        PRIORITY_WEIGHTS,
        ARRANGEMENT_POLICY,
        TONE_EXPRESSION,
        TEMPLATE,
        OBJECTION_GUIDE,
        SOLUTION_ROUTE,
        BUCKET_RANGES
    }

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "config_proposal_seq")
    @SequenceGenerator(name = "config_proposal_seq", sequenceName = "config_proposal_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    /** What it changes, e.g. {@code SECURE_COMMITMENT/ASK_DATE} or {@code CREDIT_CARD}. */
    @Column(name = "subject", nullable = false, length = 64)
    private String subject;

    @Column(name = "payload", nullable = false, length = 8000)
    private String payload;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Version
    private long version;

    protected ConfigurationProposal() {}

    public ConfigurationProposal(
            Kind kind,
            String subject,
            String payload,
            LocalDate effectiveFrom,
            String reason,
            String proposedBy,
            Instant proposedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = Texts.required(subject, "subject");
        this.payload = Texts.required(payload, "payload");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.reason = Texts.required(reason, "reason");
        this.proposedBy = Texts.required(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.status = Status.PENDING;
    }

    public void approve(String admin, Instant at, String note) {
        decide(Status.APPROVED, admin, at, note);
    }

    public void reject(String admin, Instant at, String note) {
        decide(Status.REJECTED, admin, at, Texts.required(note, "note"));
    }

    private void decide(Status decision, String admin, Instant at, String note) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("proposal " + id + " is already " + status);
        }
        this.status = decision;
        this.decidedBy = Texts.required(admin, "admin");
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String payload() {
        return payload;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String reason() {
        return reason;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Status status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public long version() {
        return version;
    }
}
