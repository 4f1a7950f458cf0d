package com.acuerdo.quality.entity;

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

/** A contact waiting in the review queue of a period: sampled per agent, or added by a supervisor. */
@Entity
@Table(name = "review_sample")
public class ReviewSample {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_sample_seq")
    @SequenceGenerator(name = "review_sample_seq", sequenceName = "review_sample_seq", allocationSize = 50)
    private Long id;

    /** The contact to review (contact, owned by contacts); sampled once. */
    @Column(name = "contact_id", nullable = false, unique = true)
    private Long contactId;

    @Column(name = "agent_id", nullable = false)
    private Long agentId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private SampleSource source;

    /** The supervisor who added it (app_user); empty when sampled. */
    @Column(name = "added_by_user_id")
    private Long addedByUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SampleStatus status = SampleStatus.QUEUED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private QualityReview review;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "discard_reason", length = 500)
    private String discardReason;

    @Version
    private long version;

    protected ReviewSample() {}

    private ReviewSample(
            long contactId,
            long agentId,
            LocalDate periodStart,
            LocalDate periodEnd,
            SampleSource source,
            Long addedByUserId,
            Instant createdAt) {
        this.contactId = contactId;
        this.agentId = agentId;
        this.periodStart = Objects.requireNonNull(periodStart, "periodStart");
        this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("a period ends on or after its start");
        }
        this.source = source;
        this.addedByUserId = addedByUserId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public static ReviewSample sampled(
            long contactId, long agentId, LocalDate periodStart, LocalDate periodEnd, Instant at) {
        return new ReviewSample(contactId, agentId, periodStart, periodEnd, SampleSource.SAMPLED, null, at);
    }

    public static ReviewSample addedBySupervisor(
            long contactId,
            long agentId,
            LocalDate periodStart,
            LocalDate periodEnd,
            long supervisorUserId,
            Instant at) {
        return new ReviewSample(
                contactId, agentId, periodStart, periodEnd, SampleSource.ADDED_BY_SUPERVISOR, supervisorUserId, at);
    }

    /** A reviewer starts scoring: the review is bound to the sample. */
    public void startReview(QualityReview startedReview) {
        requireStatus(SampleStatus.QUEUED);
        if (startedReview.contactId() != contactId) {
            throw new IllegalArgumentException("the review is of another contact");
        }
        this.review = startedReview;
        this.status = SampleStatus.IN_REVIEW;
    }

    public void markReviewed() {
        requireStatus(SampleStatus.IN_REVIEW);
        if (review.status() == ReviewStatus.DRAFT) {
            throw new QualityRuleException("quality.sample.reviewNotSubmitted", "review " + review.id());
        }
        this.status = SampleStatus.REVIEWED;
    }

    public void discard(String reason) {
        requireStatus(SampleStatus.QUEUED);
        if (reason == null || reason.isBlank()) {
            throw new QualityRuleException("quality.review.reasonRequired", "a reason is required");
        }
        this.discardReason = reason.strip();
        this.status = SampleStatus.DISCARDED;
    }

    private void requireStatus(SampleStatus expected) {
        if (status != expected) {
            throw new QualityRuleException(
                    "quality.sample.illegalTransition", "sample is " + status + ", not " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public long contactId() {
        return contactId;
    }

    public long agentId() {
        return agentId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public SampleSource source() {
        return source;
    }

    public SampleStatus status() {
        return status;
    }

    public Optional<QualityReview> review() {
        return Optional.ofNullable(review);
    }

    public Optional<String> discardReason() {
        return Optional.ofNullable(discardReason);
    }
}
