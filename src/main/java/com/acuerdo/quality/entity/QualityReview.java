package com.acuerdo.quality.entity;

import com.acuerdo.quality.control.ScoreCalculator;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's scoring of one contact on a published scorecard version. Life cycle: DRAFT →
 * SUBMITTED → ACKNOWLEDGED by the agent, or DISPUTED → DISPUTE_UPHELD / DISPUTE_REJECTED by the
 * supervisor. Reviews made for a calibration session are compared, not shown to the agent.
 */
@Entity
@Table(name = "quality_review")
public class QualityReview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_review_seq")
    @SequenceGenerator(name = "quality_review_seq", sequenceName = "quality_review_seq", allocationSize = 50)
    private Long id;

    /** The contact scored (contact, owned by contacts). */
    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    /** The agent who made the contact (agent). */
    @Column(name = "agent_id", nullable = false)
    private Long agentId;

    /** The QA monitor or supervisor (app_user, owned by security). */
    @Column(name = "reviewer_user_id", nullable = false)
    private Long reviewerUserId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id", nullable = false)
    private Scorecard scorecard;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.DRAFT;

    @Column(name = "score", precision = 5, scale = 2)
    private BigDecimal score;

    @Column(name = "critical_failed", nullable = false)
    private boolean criticalFailed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "disputed_at")
    private Instant disputedAt;

    @Column(name = "dispute_reason", length = 1000)
    private String disputeReason;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by_user_id")
    private Long resolvedByUserId;

    @Column(name = "resolution_reason", length = 1000)
    private String resolutionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "calibration_session_id")
    private CalibrationSession calibrationSession;

    /** The disputed review this one re-scores (the supervisor upheld the dispute). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revises_review_id")
    private QualityReview revises;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CriterionScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected QualityReview() {}

    public QualityReview(long contactId, long agentId, long reviewerUserId, Scorecard scorecard, Instant createdAt) {
        if (!scorecard.isPublished()) {
            throw new QualityRuleException("quality.review.scorecardNotPublished", scorecard.toString());
        }
        this.contactId = contactId;
        this.agentId = agentId;
        this.reviewerUserId = reviewerUserId;
        this.scorecard = scorecard;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        for (var criterion : scorecard.criteria()) {
            scores.add(new CriterionScore(this, criterion));
        }
    }

    /** A blind review of the session's contact by one of its participants (or the expert). */
    public static QualityReview forCalibration(CalibrationSession session, long reviewerUserId, Instant createdAt) {
        var review = new QualityReview(
                session.contactId(), session.agentId(), reviewerUserId, session.scorecard(), createdAt);
        review.calibrationSession = session;
        return review;
    }

    /**
     * The supervisor's re-score of a review whose dispute they upheld: a draft with the disputed
     * answers, to correct and submit; the disputed review stays as history.
     */
    public static QualityReview revisionOf(QualityReview disputed, long supervisorUserId, Instant createdAt) {
        if (disputed.status != ReviewStatus.DISPUTE_UPHELD) {
            throw new QualityRuleException(
                    "quality.review.illegalTransition", "only an upheld dispute is re-scored: " + disputed.status);
        }
        var revision = new QualityReview(
                disputed.contactId, disputed.agentId, supervisorUserId, disputed.scorecard, createdAt);
        revision.revises = disputed;
        for (var old : disputed.scores) {
            revision.scoreOf(old.criterion().code()).copy(old);
        }
        return revision;
    }

    // --- scoring (draft only) -------------------------------------------------------------

    public void answer(String criterionCode, YesNo answer, String comment) {
        requireStatus(ReviewStatus.DRAFT);
        scoreOf(criterionCode).answer(answer, comment);
    }

    public void answerScale(String criterionCode, int value, String comment) {
        requireStatus(ReviewStatus.DRAFT);
        scoreOf(criterionCode).answerScale(value, comment);
    }

    public void markNotApplicable(String criterionCode, String comment) {
        requireStatus(ReviewStatus.DRAFT);
        scoreOf(criterionCode).markNotApplicable(comment);
    }

    /** Fills an answer the system knows from the contact log; the reviewer may override it. */
    public void prescore(String criterionCode, YesNo answer) {
        requireStatus(ReviewStatus.DRAFT);
        var score = scoreOf(criterionCode);
        if (score.criterion().prescoreSource().isEmpty()) {
            throw new IllegalArgumentException(criterionCode + " has no pre-score source");
        }
        score.prescore(answer);
    }

    /** Computes the score and hands the review to the agent. Every criterion must be answered. */
    public void submit(Instant at) {
        requireStatus(ReviewStatus.DRAFT);
        var unanswered = scores.stream()
                .filter(s -> !s.isAnswered())
                .map(s -> s.criterion().code())
                .toList();
        if (!unanswered.isEmpty()) {
            throw new QualityRuleException("quality.review.unanswered", String.join(", ", unanswered));
        }
        var uncommented = scores.stream()
                .filter(CriterionScore::lacksRequiredComment)
                .map(s -> s.criterion().code())
                .toList();
        if (!uncommented.isEmpty()) {
            throw new QualityRuleException("quality.review.commentRequired", String.join(", ", uncommented));
        }
        var result =
                ScoreCalculator.score(scores.stream().map(QualityReview::item).toList());
        if (!result.isScorable()) {
            throw new QualityRuleException("quality.review.nothingApplicable", "every criterion is N/A");
        }
        this.score = result.score();
        this.criticalFailed = result.criticalFailed();
        this.status = ReviewStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(at);
    }

    private static ScoreCalculator.Item item(CriterionScore s) {
        var criterion = s.criterion();
        var weight = BigDecimal.valueOf(criterion.weight());
        return s.earned()
                .map(earned -> new ScoreCalculator.Item(weight, criterion.isCritical(), false, earned))
                .orElseGet(() -> new ScoreCalculator.Item(weight, criterion.isCritical(), true, null));
    }

    // --- the agent's answer and the supervisor's resolution --------------------------------

    public void acknowledge(Instant at) {
        requireAgentFacing();
        requireStatus(ReviewStatus.SUBMITTED);
        this.status = ReviewStatus.ACKNOWLEDGED;
        this.acknowledgedAt = Objects.requireNonNull(at);
    }

    public void dispute(String reason, Instant at) {
        requireAgentFacing();
        requireStatus(ReviewStatus.SUBMITTED);
        this.disputeReason = requiredReason(reason);
        this.status = ReviewStatus.DISPUTED;
        this.disputedAt = Objects.requireNonNull(at);
    }

    /** The supervisor decides a dispute: upheld, the agent was right; the review stops counting and is re-scored. */
    public void resolve(boolean upheld, String reason, long supervisorUserId, Instant at) {
        requireStatus(ReviewStatus.DISPUTED);
        this.resolutionReason = requiredReason(reason);
        this.resolvedByUserId = supervisorUserId;
        this.status = upheld ? ReviewStatus.DISPUTE_UPHELD : ReviewStatus.DISPUTE_REJECTED;
        this.resolvedAt = Objects.requireNonNull(at);
    }

    /** Whether the review feeds the agent's quality trend. */
    public boolean countsForAgent() {
        return calibrationSession == null
                && EnumSet.of(
                                ReviewStatus.SUBMITTED,
                                ReviewStatus.ACKNOWLEDGED,
                                ReviewStatus.DISPUTED,
                                ReviewStatus.DISPUTE_REJECTED)
                        .contains(status);
    }

    private void requireStatus(ReviewStatus expected) {
        if (status != expected) {
            throw new QualityRuleException(
                    "quality.review.illegalTransition", "review is " + status + ", not " + expected);
        }
    }

    private void requireAgentFacing() {
        if (calibrationSession != null) {
            throw new QualityRuleException(
                    "quality.review.calibrationOnly", "calibration reviews are not shown to the agent");
        }
    }

    private static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new QualityRuleException("quality.review.reasonRequired", "a reason is required");
        }
        return reason.strip();
    }

    private CriterionScore scoreOf(String code) {
        return scores.stream()
                .filter(s -> s.criterion().code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + code + " on " + scorecard));
    }

    // --- reading ---------------------------------------------------------------------------

    public Optional<CriterionScore> scoreFor(String criterionCode) {
        return scores.stream()
                .filter(s -> s.criterion().code().equals(criterionCode))
                .findFirst();
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

    public long reviewerUserId() {
        return reviewerUserId;
    }

    public Scorecard scorecard() {
        return scorecard;
    }

    public ReviewStatus status() {
        return status;
    }

    public Optional<BigDecimal> score() {
        return Optional.ofNullable(score);
    }

    public boolean isCriticalFailed() {
        return criticalFailed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<String> disputeReason() {
        return Optional.ofNullable(disputeReason);
    }

    public Optional<String> resolutionReason() {
        return Optional.ofNullable(resolutionReason);
    }

    public Optional<Long> resolvedByUserId() {
        return Optional.ofNullable(resolvedByUserId);
    }

    public Optional<QualityReview> revises() {
        return Optional.ofNullable(revises);
    }

    public long version() {
        return version;
    }

    public boolean isDraft() {
        return status == ReviewStatus.DRAFT;
    }

    public Optional<Instant> disputedAt() {
        return Optional.ofNullable(disputedAt);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<CalibrationSession> calibrationSession() {
        return Optional.ofNullable(calibrationSession);
    }

    public List<CriterionScore> scores() {
        return List.copyOf(scores);
    }
}
