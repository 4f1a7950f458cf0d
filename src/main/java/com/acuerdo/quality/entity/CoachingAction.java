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

/**
 * What an agent works on after a review: a focus (criterion code, stable across scorecard
 * versions), a goal and a due date. OPEN → ACKNOWLEDGED by the agent → CLOSED with an outcome.
 */
@Entity
@Table(name = "coaching_action")
public class CoachingAction {

    private static final int NOTES_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_action_seq")
    @SequenceGenerator(name = "coaching_action_seq", sequenceName = "coaching_action_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agent_id", nullable = false)
    private Long agentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private QualityReview review;

    @Column(name = "focus_criterion_code", length = 40)
    private String focusCriterionCode;

    @Column(name = "goal", nullable = false, length = 1000)
    private String goal;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "notes", length = NOTES_LENGTH)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CoachingStatus status = CoachingStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private CoachingOutcome outcome;

    /** The supervisor who set it (app_user). */
    @Column(name = "created_by_user_id", nullable = false)
    private Long createdByUserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected CoachingAction() {}

    public CoachingAction(
            long agentId,
            QualityReview review,
            String focusCriterionCode,
            String goal,
            LocalDate dueDate,
            long createdByUserId,
            Instant createdAt) {
        if (review != null && review.agentId() != agentId) {
            throw new IllegalArgumentException("the review is of another agent");
        }
        if (goal == null || goal.isBlank()) {
            throw new IllegalArgumentException("a coaching action needs a goal");
        }
        this.agentId = agentId;
        this.review = review;
        this.focusCriterionCode = focusCriterionCode;
        this.goal = goal.strip();
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        this.createdByUserId = createdByUserId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void acknowledge(Instant at) {
        requireStatus(CoachingStatus.OPEN);
        this.status = CoachingStatus.ACKNOWLEDGED;
        this.acknowledgedAt = Objects.requireNonNull(at);
    }

    public void addNote(String note) {
        if (status == CoachingStatus.CLOSED) {
            throw new QualityRuleException("quality.coaching.closed", "action " + id);
        }
        appendNote(note);
    }

    public void close(CoachingOutcome closingOutcome, String note, Instant at) {
        if (status == CoachingStatus.CLOSED) {
            throw new QualityRuleException("quality.coaching.closed", "action " + id);
        }
        this.outcome = Objects.requireNonNull(closingOutcome, "outcome");
        if (note != null && !note.isBlank()) {
            appendNote(note);
        }
        this.status = CoachingStatus.CLOSED;
        this.closedAt = Objects.requireNonNull(at);
    }

    public boolean isOverdueOn(LocalDate date) {
        return status != CoachingStatus.CLOSED && date.isAfter(dueDate);
    }

    private void appendNote(String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("an empty note adds nothing");
        }
        var combined = notes == null ? note.strip() : notes + "\n" + note.strip();
        if (combined.length() > NOTES_LENGTH) {
            throw new QualityRuleException(
                    "quality.coaching.notesFull", "notes exceed " + NOTES_LENGTH + " characters");
        }
        this.notes = combined;
    }

    private void requireStatus(CoachingStatus expected) {
        if (status != expected) {
            throw new QualityRuleException(
                    "quality.coaching.illegalTransition", "action is " + status + ", not " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public long agentId() {
        return agentId;
    }

    public Optional<QualityReview> review() {
        return Optional.ofNullable(review);
    }

    public Optional<String> focusCriterionCode() {
        return Optional.ofNullable(focusCriterionCode);
    }

    public String goal() {
        return goal;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public CoachingStatus status() {
        return status;
    }

    public Optional<CoachingOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public long createdByUserId() {
        return createdByUserId;
    }

    public long version() {
        return version;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
