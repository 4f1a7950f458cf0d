package com.acuerdo.quality.boundary;

import static com.acuerdo.quality.boundary.QualityEvent.REVIEW;
import static com.acuerdo.security.entity.SecurityEvent.ACCESS_DENIED;

import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.quality.control.DefaultScorecard;
import com.acuerdo.quality.control.PreScores;
import com.acuerdo.quality.entity.AnswerType;
import com.acuerdo.quality.entity.CalibrationSession;
import com.acuerdo.quality.entity.CriterionScore;
import com.acuerdo.quality.entity.QualityReview;
import com.acuerdo.quality.entity.QualityReviewRepository;
import com.acuerdo.quality.entity.QualityRuleException;
import com.acuerdo.quality.entity.ReviewSample;
import com.acuerdo.quality.entity.ReviewStatus;
import com.acuerdo.quality.entity.ScorecardRepository;
import com.acuerdo.quality.entity.YesNo;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.security.entity.Role;
import com.acuerdo.security.entity.UserAccountRepository;
import com.acuerdo.strategy.entity.StrategyRepository;
import com.acuerdo.strategy.entity.TalkingPoint;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.Team;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scoring a sampled contact on the published scorecard and what follows: the agent acknowledges or
 * disputes, the supervisor rejects the dispute with a reason or upholds it and re-scores (the disputed
 * review stays as history). QA and supervisors review; an agent sees only their own submitted
 * reviews; a supervisor decides the disputes of their teams. Every step is an audit event.
 */
@Stateless
public class Reviews {

    /** The scorecard every review uses: its published version at the time the review starts. */
    public static final String SCORECARD = DefaultScorecard.NAME;

    /** A promise or arrangement counts as recorded for a call when made this close to it. */
    static final Duration COMMITMENT_WINDOW = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    QualityReviewRepository reviews;

    @Inject
    ScorecardRepository scorecards;

    @Inject
    StrategyRepository strategy;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository users;

    @Inject
    CaseGuard guard;

    @Inject
    Calibrations calibrations;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** Opens the review of a queued contact (or the draft already open for it), pre-scored from the log. */
    @RolesAllowed({Role.Names.QA, Role.Names.SUPERVISOR})
    public long start(long sampleId) {
        var sample = em.find(ReviewSample.class, sampleId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (sample == null) {
            throw new QualityRuleException("quality.review.unknown", "sample " + sampleId);
        }
        if (sample.review().isPresent()) {
            return sample.review().get().id();
        }
        var scorecard = scorecards
                .published(SCORECARD)
                .orElseThrow(() -> new QualityRuleException("quality.review.noScorecard", SCORECARD));
        var review = new QualityReview(
                sample.contactId(), sample.agentId(), currentUser.getUserId(), scorecard, Instant.now(clock));
        var contact = em.find(Contact.class, sample.contactId());
        var answers = PreScores.of(factsOf(contact));
        for (var criterion : scorecard.criteria()) {
            criterion.prescoreSource().map(answers::get).ifPresent(answer -> review.prescore(criterion.code(), answer));
        }
        em.persist(review);
        sample.startReview(review);
        em.flush();
        audit.record(
                QualityEvent.REVIEW_STARTED,
                REVIEW,
                review.id(),
                "contact " + contact.id() + " of agent " + sample.agentId() + ", pre-scored " + answers);
        return review.id();
    }

    /** The review for its screen; an agent only their own submitted ones. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.QA, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public ReviewView view(long reviewId) {
        var review = find(reviewId);
        requireReader(review);
        return viewOf(review);
    }

    /** Keeps the reviewer's answers so far (the draft). */
    @RolesAllowed({Role.Names.QA, Role.Names.SUPERVISOR})
    public ReviewView save(long reviewId, long version, Map<String, Answer> answers) {
        var review = draftOfCaller(reviewId, version);
        apply(review, answers);
        em.flush();
        return viewOf(review);
    }

    /** The reviewer links the call's recording (an address in the bank's recording system). */
    @RolesAllowed({Role.Names.QA, Role.Names.SUPERVISOR})
    public ReviewView attachRecording(long reviewId, long version, String url) {
        var review = draftOfCaller(reviewId, version);
        var contact = em.find(Contact.class, review.contactId());
        try {
            contact.attachRecording(url);
        } catch (IllegalArgumentException invalid) {
            throw new QualityRuleException("quality.review.recordingInvalid", String.valueOf(url));
        }
        em.flush();
        audit.record(QualityEvent.RECORDING_ATTACHED, QualityEvent.CONTACT, contact.id(), url);
        return viewOf(review);
    }

    /** Scores the review with the answers and hands it to the agent. */
    @RolesAllowed({Role.Names.QA, Role.Names.SUPERVISOR})
    public ReviewView submit(long reviewId, long version, Map<String, Answer> answers) {
        var review = draftOfCaller(reviewId, version);
        apply(review, answers);
        review.submit(Instant.now(clock));
        sampleOf(review).ifPresent(ReviewSample::markReviewed);
        review.calibrationSession().ifPresent(calibrations::revealWhenComplete);
        em.flush();
        audit.record(
                QualityEvent.REVIEW_SUBMITTED,
                REVIEW,
                review.id(),
                "score " + review.score().orElse(null) + (review.isCriticalFailed() ? ", critical fail" : "")
                        + review.revises()
                                .map(old -> ", re-scores review " + old.id())
                                .orElse(""));
        return viewOf(review);
    }

    /** The reviews the caller started and has not submitted yet, oldest first. */
    @RolesAllowed({Role.Names.QA, Role.Names.SUPERVISOR})
    public List<ReviewView> draftsOfCaller() {
        return reviews.draftsOf(currentUser.getUserId()).stream()
                .filter(review -> review.calibrationSession().isEmpty())
                .map(this::viewOf)
                .toList();
    }

    /** The caller's own reviews (submitted, acknowledged, disputed, resolved), newest first. */
    @RolesAllowed(Role.Names.AGENT)
    public List<ReviewView> mine() {
        var agent = guard.callerAgent().orElse(null);
        if (agent == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select r from QualityReview r where r.agentId = :agent and r.status <> :draft"
                                + " and r.calibrationSession is null order by r.submittedAt desc, r.id desc",
                        QualityReview.class)
                .setParameter("agent", agent.id())
                .setParameter("draft", ReviewStatus.DRAFT)
                .setMaxResults(100)
                .getResultList()
                .stream()
                .map(this::viewOf)
                .toList();
    }

    @RolesAllowed(Role.Names.AGENT)
    public ReviewView acknowledge(long reviewId, long version) {
        var review = ownReview(reviewId, version);
        review.acknowledge(Instant.now(clock));
        em.flush();
        audit.record(
                QualityEvent.REVIEW_ACKNOWLEDGED,
                REVIEW,
                reviewId,
                "score " + review.score().orElse(null));
        return viewOf(review);
    }

    @RolesAllowed(Role.Names.AGENT)
    public ReviewView dispute(long reviewId, long version, String reason) {
        var review = ownReview(reviewId, version);
        review.dispute(reason, Instant.now(clock));
        em.flush();
        audit.record(QualityEvent.REVIEW_DISPUTED, REVIEW, reviewId, reason);
        return viewOf(review);
    }

    /** The submitted reviews of the caller's teams, newest first (the last 200). */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReviewView> ofTeams() {
        var agents = teamAgentIds();
        if (agents.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select r from QualityReview r where r.agentId in :agents and r.status <> :draft"
                                + " and r.calibrationSession is null order by r.submittedAt desc, r.id desc",
                        QualityReview.class)
                .setParameter("agents", agents)
                .setParameter("draft", ReviewStatus.DRAFT)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(this::viewOf)
                .toList();
    }

    /** Open disputes of the caller's teams, oldest first. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReviewView> disputes() {
        return reviews.openDisputes(teamAgentIds()).stream().map(this::viewOf).toList();
    }

    /** The review stands; the agent sees the reason. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public ReviewView reject(long reviewId, long version, String reason) {
        var review = disputeOfCallersTeam(reviewId, version);
        review.resolve(false, reason, currentUser.getUserId(), Instant.now(clock));
        em.flush();
        audit.record(QualityEvent.DISPUTE_REJECTED, REVIEW, reviewId, reason);
        return viewOf(review);
    }

    /** The agent was right: the review stops counting and the supervisor re-scores it; answers the new draft's id. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public long uphold(long reviewId, long version, String reason) {
        var review = disputeOfCallersTeam(reviewId, version);
        var now = Instant.now(clock);
        review.resolve(true, reason, currentUser.getUserId(), now);
        var revision = QualityReview.revisionOf(review, currentUser.getUserId(), now);
        em.persist(revision);
        em.flush();
        audit.record(QualityEvent.DISPUTE_UPHELD, REVIEW, reviewId, reason + "; re-scored as review " + revision.id());
        return revision.id();
    }

    // ------------------------------------------------------------------ rules of access

    private QualityReview find(long reviewId) {
        return reviews.find(reviewId)
                .orElseThrow(() -> new QualityRuleException("quality.review.unknown", "review " + reviewId));
    }

    private void requireReader(QualityReview review) {
        var session = review.calibrationSession();
        if (session.isPresent()) {
            // Blind: one's own calibration review, the lead all, everyone once revealed.
            if (session.get().canSee(currentUser.getUserId(), review)) {
                return;
            }
            throw refused("calibration review " + review.id());
        }
        if (currentUser.isQa() || currentUser.isAdmin() || review.reviewerUserId() == currentUser.getUserId()) {
            return;
        }
        if (currentUser.isSupervisor() && teamAgentIds().contains(review.agentId())) {
            return;
        }
        boolean own = guard.callerAgent()
                .map(Agent::id)
                .filter(id -> id == review.agentId())
                .isPresent();
        if (own && !review.isDraft() && review.calibrationSession().isEmpty()) {
            return;
        }
        throw refused("review " + review.id());
    }

    private QualityReview draftOfCaller(long reviewId, long version) {
        var review = checked(find(reviewId), version);
        if (!review.isDraft() || review.reviewerUserId() != currentUser.getUserId()) {
            throw refused("draft review " + reviewId);
        }
        return review;
    }

    private QualityReview ownReview(long reviewId, long version) {
        var review = checked(find(reviewId), version);
        boolean own = guard.callerAgent()
                .map(Agent::id)
                .filter(id -> id == review.agentId())
                .isPresent();
        if (!own || review.isDraft()) {
            throw refused("review " + reviewId);
        }
        return review;
    }

    private QualityReview disputeOfCallersTeam(long reviewId, long version) {
        var review = checked(find(reviewId), version);
        if (!currentUser.isAdmin() && !teamAgentIds().contains(review.agentId())) {
            throw refused("dispute of review " + reviewId);
        }
        return review;
    }

    /** Someone else changed the review since the caller read it: theirs stands. */
    private static QualityReview checked(QualityReview review, long version) {
        if (review.version() != version) {
            throw new OptimisticLockException(review);
        }
        return review;
    }

    private Forbidden refused(String what) {
        var caller = currentUser.getUsername();
        audit.recordRegardless(caller == null ? "anonymous" : caller, ACCESS_DENIED, REVIEW, what, "not the caller's");
        return new Forbidden(what);
    }

    private Set<Long> teamAgentIds() {
        var teamIds = guard.callerTeams().stream().map(Team::id).toList();
        if (teamIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select a.id from Agent a where a.team.id in :teams", Long.class)
                .setParameter("teams", teamIds)
                .getResultList());
    }

    // ------------------------------------------------------------------ answers and facts

    /** One answer from the form: YES, NO, NA or a number on a scale, with an optional comment. */
    public record Answer(String value, String comment) implements java.io.Serializable {}

    private static void apply(QualityReview review, Map<String, Answer> answers) {
        for (var score : review.scores()) {
            var criterion = score.criterion();
            var answer = answers.get(criterion.code());
            if (answer == null || answer.value() == null || answer.value().isBlank()) {
                continue;
            }
            var value = answer.value();
            if (value.equals(ReviewView.NOT_APPLICABLE)) {
                review.markNotApplicable(criterion.code(), answer.comment());
            } else if (criterion.answerType() == AnswerType.SCALE) {
                review.answerScale(criterion.code(), Integer.parseInt(value), answer.comment());
            } else if (!value.equals(score.answer().map(Enum::name).orElse(null))
                    || !java.util.Objects.equals(
                            answer.comment(), score.comment().orElse(null))) {
                review.answer(criterion.code(), YesNo.valueOf(value), answer.comment());
            }
        }
    }

    private PreScores.ContactFacts factsOf(Contact contact) {
        var kase = contact.collectionCase();
        var day = LocalDate.ofInstant(contact.contactAt(), ZoneOffset.UTC);
        Set<String> mandatory = kase.objective()
                .map(objective -> strategy.talkingPoints(objective, day).stream()
                        .filter(TalkingPoint::isMandatory)
                        .map(TalkingPoint::code)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        var step = contact.nextStep().orElse("");
        boolean committed = step.equals("PROMISE") || step.equals("ARRANGEMENT");
        var from = contact.contactAt().minus(Duration.ofHours(1));
        var until = contact.contactAt().plus(COMMITMENT_WINDOW);
        long recorded = em.createQuery(
                                "select count(p) from PromiseToPay p where p.collectionCase = :kase"
                                        + " and p.madeAt between :from and :until",
                                Long.class)
                        .setParameter("kase", kase)
                        .setParameter("from", from)
                        .setParameter("until", until)
                        .getSingleResult()
                + em.createQuery(
                                "select count(a) from PaymentArrangement a where a.collectionCase = :kase"
                                        + " and a.requestedAt between :from and :until",
                                Long.class)
                        .setParameter("kase", kase)
                        .setParameter("from", from)
                        .setParameter("until", until)
                        .getSingleResult();
        return new PreScores.ContactFacts(
                true,
                contact.outcome() == ContactOutcome.RIGHT_PARTY,
                contact.delayReason().isPresent(),
                mandatory,
                contact.talkingPointsCovered(),
                committed,
                recorded > 0);
    }

    private java.util.Optional<ReviewSample> sampleOf(QualityReview review) {
        return em.createQuery("select s from ReviewSample s where s.review = :review", ReviewSample.class)
                .setParameter("review", review)
                .getResultStream()
                .findFirst();
    }

    // ------------------------------------------------------------------ the view

    private ReviewView viewOf(QualityReview review) {
        var contact = em.find(Contact.class, review.contactId());
        var agent = em.find(Agent.class, review.agentId());
        var scores = review.scores().stream()
                .collect(Collectors.toMap(score -> score.criterion().code(), score -> score));
        var sections = review.scorecard().sections().stream()
                .map(section -> new ReviewView.Section(
                        section.titleEs(),
                        section.titleEn(),
                        section.criteria().stream()
                                .map(criterion -> item(criterion, scores.get(criterion.code())))
                                .toList()))
                .toList();
        return new ReviewView(
                review.id(),
                review.version(),
                review.status(),
                review.contactId(),
                contact.contactAt(),
                contact.channel(),
                contact.outcome(),
                contact.notes(),
                contact.recordingUrl().orElse(null),
                contact.collectionCase().customer().fullName(),
                review.agentId(),
                agent == null ? "" : agent.displayName(),
                userName(review.reviewerUserId()),
                review.scorecard().name(),
                review.scorecard().versionNumber(),
                review.score().orElse(null),
                review.isCriticalFailed(),
                review.submittedAt().orElse(null),
                review.disputeReason().orElse(null),
                review.resolutionReason().orElse(null),
                review.resolvedByUserId().map(this::userName).orElse(null),
                review.revises().map(QualityReview::id).orElse(null),
                review.calibrationSession().map(CalibrationSession::id).orElse(null),
                sections);
    }

    private static ReviewView.Item item(com.acuerdo.quality.entity.Criterion criterion, CriterionScore score) {
        String answer = null;
        if (score.isNotApplicable()) {
            answer = ReviewView.NOT_APPLICABLE;
        } else if (score.answer().isPresent()) {
            answer = score.answer().get().name();
        } else if (score.scaleValue().isPresent()) {
            answer = String.valueOf(score.scaleValue().get());
        }
        return new ReviewView.Item(
                criterion.code(),
                criterion.textEs(),
                criterion.textEn(),
                criterion.weight(),
                criterion.answerType(),
                criterion.scaleMax().orElse(null),
                criterion.isCritical(),
                criterion.isCommentRequiredOnFail(),
                criterion.prescoreSource().orElse(null),
                answer,
                score.comment().orElse(null),
                score.isPrescored(),
                score.isOverridden());
    }

    private String userName(long userId) {
        return users.displayName(userId);
    }
}
