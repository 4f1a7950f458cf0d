package com.acuerdo.quality.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Several reviewers score the same contact blind; once revealed, each score is compared with the
 * expert's. Before the reveal a participant sees only their own review.
 */
@Entity
@Table(name = "calibration_session")
public class CalibrationSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calibration_session_seq")
    @SequenceGenerator(name = "calibration_session_seq", sequenceName = "calibration_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Column(name = "agent_id", nullable = false)
    private Long agentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id", nullable = false)
    private Scorecard scorecard;

    /** The QA lead or supervisor who runs the session (app_user). */
    @Column(name = "lead_user_id", nullable = false)
    private Long leadUserId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "expert_review_id")
    private QualityReview expertReview;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CalibrationStatus status = CalibrationStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revealed_at")
    private Instant revealedAt;

    /** In the order invited: PostgreSQL returns updated rows in any order, and the page lists them side by side. */
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CalibrationParticipant> participants = new ArrayList<>();

    @Version
    private long version;

    protected CalibrationSession() {}

    public CalibrationSession(long contactId, long agentId, Scorecard scorecard, long leadUserId, Instant createdAt) {
        if (!scorecard.isPublished()) {
            throw new QualityRuleException("quality.review.scorecardNotPublished", scorecard.toString());
        }
        this.contactId = contactId;
        this.agentId = agentId;
        this.scorecard = scorecard;
        this.leadUserId = leadUserId;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void invite(long userId) {
        requireOpen();
        if (participant(userId).isEmpty()) {
            participants.add(new CalibrationParticipant(this, userId));
        }
    }

    /** Files a participant's blind review. */
    public void recordReview(QualityReview review) {
        requireOpen();
        requireOwnReview(review);
        participant(review.reviewerUserId())
                .orElseThrow(() ->
                        new QualityRuleException("quality.calibration.notInvited", "user " + review.reviewerUserId()))
                .attach(review);
    }

    /** The reference the others are compared with. */
    public void designateExpertReview(QualityReview review) {
        requireOpen();
        requireOwnReview(review);
        this.expertReview = review;
    }

    public void reveal(Instant at) {
        requireOpen();
        if (expertReview == null || expertReview.score().isEmpty()) {
            throw new QualityRuleException("quality.calibration.noExpertScore", "session " + id);
        }
        this.status = CalibrationStatus.REVEALED;
        this.revealedAt = Objects.requireNonNull(at);
    }

    /** Every participant and the expert have submitted their review. */
    public boolean isComplete() {
        return expertReview != null
                && !expertReview.isDraft()
                && participants.stream()
                        .allMatch(p ->
                                p.review().filter(review -> !review.isDraft()).isPresent());
    }

    public boolean isRevealed() {
        return status == CalibrationStatus.REVEALED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revealedAt() {
        return Optional.ofNullable(revealedAt);
    }

    /** Blind until revealed: a participant sees only their own review; the lead sees all. */
    public boolean canSee(long userId, QualityReview review) {
        return status == CalibrationStatus.REVEALED || userId == leadUserId || review.reviewerUserId() == userId;
    }

    /** A participant's score minus the expert's, once revealed and both are scored. */
    public Optional<BigDecimal> deviationOf(long userId) {
        if (status != CalibrationStatus.REVEALED) {
            return Optional.empty();
        }
        var expert = expertReview.score().orElseThrow();
        return participant(userId)
                .flatMap(CalibrationParticipant::review)
                .flatMap(QualityReview::score)
                .map(score -> score.subtract(expert));
    }

    private void requireOwnReview(QualityReview review) {
        if (review.calibrationSession().orElse(null) != this) {
            throw new IllegalArgumentException("the review was not made for this session");
        }
    }

    private void requireOpen() {
        if (status != CalibrationStatus.OPEN) {
            throw new QualityRuleException("quality.calibration.revealed", "session " + id + " is " + status);
        }
    }

    private Optional<CalibrationParticipant> participant(long userId) {
        return participants.stream().filter(p -> p.userId() == userId).findFirst();
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

    public Scorecard scorecard() {
        return scorecard;
    }

    public long leadUserId() {
        return leadUserId;
    }

    public Optional<QualityReview> expertReview() {
        return Optional.ofNullable(expertReview);
    }

    public CalibrationStatus status() {
        return status;
    }

    public List<CalibrationParticipant> participants() {
        return List.copyOf(participants);
    }
}
