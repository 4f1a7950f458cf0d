package com.acuerdo.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Something that happened, who did it and to what. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    static final int DETAIL_LENGTH = 4000;
    static final int NAME_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = NAME_LENGTH, nullable = false, updatable = false)
    private String actor;

    @Column(name = "event_type", length = NAME_LENGTH, nullable = false, updatable = false)
    private String type;

    @Column(name = "subject_type", length = NAME_LENGTH, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", length = NAME_LENGTH, updatable = false)
    private String subjectId;

    @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
    private String detail;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt, String actor, AuditType type, String subjectType, String subjectId, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = clip(Objects.requireNonNull(actor), NAME_LENGTH);
        this.type = Objects.requireNonNull(type).name();
        this.subjectType = clip(subjectType, NAME_LENGTH);
        this.subjectId = clip(subjectId, NAME_LENGTH);
        this.detail = clip(detail, DETAIL_LENGTH);
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String type() {
        return type;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String detail() {
        return detail;
    }
}
