package com.acuerdo.quality.boundary;

import com.acuerdo.contact.entity.Contact;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.quality.control.CalibrationComparison;
import com.acuerdo.quality.entity.AnswerType;
import com.acuerdo.quality.entity.CalibrationParticipant;
import com.acuerdo.quality.entity.CalibrationSession;
import com.acuerdo.quality.entity.Criterion;
import com.acuerdo.quality.entity.CriterionScore;
import com.acuerdo.quality.entity.QualityReview;
import com.acuerdo.quality.entity.QualityRuleException;
import com.acuerdo.quality.entity.ScorecardRepository;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.security.entity.Role;
import com.acuerdo.security.entity.UserAccountRepository;
import com.acuerdo.team.entity.Agent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calibration: a QA lead opens a session on one contact and invites reviewers; everyone, the lead as
 * the expert included, scores it blind on the review form; when the last review is in the session is
 * revealed: every score side by side, per-criterion agreement with the expert, the spread and each
 * reviewer's distance from the expert. Sessions over time show whether reviewers converge.
 */
@Stateless
@RolesAllowed({Role.Names.QA, Role.Names.SUPERVISOR})
public class Calibrations {

    static final String SESSION = "CALIBRATION";

    /** Someone who can be invited to score. */
    public record Reviewer(long userId, String name) implements Serializable {}

    /** A session in the caller's list, with the spread once revealed. */
    public record SessionLine(
            long sessionId,
            String customerName,
            Instant createdAt,
            boolean revealed,
            Long myReviewId,
            boolean mySubmitted,
            java.math.BigDecimal spread)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ScorecardRepository scorecards;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository users;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The QA monitors and supervisors, except the caller. */
    public List<Reviewer> reviewers() {
        return em
                .createQuery(
                        "select distinct u from UserAccount u join u.roles r where r in :roles and u.id <> :me"
                                + " order by u.displayName",
                        com.acuerdo.security.entity.UserAccount.class)
                .setParameter("roles", Set.of(Role.QA, Role.SUPERVISOR))
                .setParameter("me", currentUser.getUserId())
                .getResultList()
                .stream()
                .map(user -> new Reviewer(user.id(), user.displayName()))
                .toList();
    }

    /** Opens a session on an agent's contact; the caller is the lead and scores as the expert. */
    public long open(long contactId, List<Long> reviewerUserIds) {
        var contact = em.find(Contact.class, contactId);
        if (contact == null || contact.agentId().isEmpty()) {
            throw new QualityRuleException("quality.sample.notReviewable", "contact " + contactId);
        }
        var invited = reviewerUserIds.stream()
                .filter(id -> id != currentUser.getUserId())
                .distinct()
                .toList();
        if (invited.isEmpty()) {
            throw new QualityRuleException("quality.calibration.noReviewers", "session on contact " + contactId);
        }
        var scorecard = scorecards
                .published(Reviews.SCORECARD)
                .orElseThrow(() -> new QualityRuleException("quality.review.noScorecard", Reviews.SCORECARD));
        var now = Instant.now(clock);
        var lead = currentUser.getUserId();
        var session = new CalibrationSession(contactId, contact.agentId().get(), scorecard, lead, now);
        em.persist(session);
        var expert = QualityReview.forCalibration(session, lead, now);
        em.persist(expert);
        session.designateExpertReview(expert);
        for (var userId : invited) {
            session.invite(userId);
            var review = QualityReview.forCalibration(session, userId, now);
            em.persist(review);
            session.recordReview(review);
        }
        em.flush();
        audit.record(
                QualityEvent.CALIBRATION_OPENED,
                SESSION,
                session.id(),
                "contact " + contactId + ", lead " + lead + ", reviewers " + invited);
        return session.id();
    }

    /** The sessions the caller leads or takes part in, newest first. */
    public List<SessionLine> mine() {
        var me = currentUser.getUserId();
        return em
                .createQuery(
                        "select distinct s from CalibrationSession s left join s.participants p"
                                + " where s.leadUserId = :me or p.userId = :me order by s.createdAt desc",
                        CalibrationSession.class)
                .setParameter("me", me)
                .setMaxResults(100)
                .getResultList()
                .stream()
                .map(session -> {
                    var mine = reviewOf(session, me);
                    return new SessionLine(
                            session.id(),
                            customerName(session.contactId()),
                            session.createdAt(),
                            session.isRevealed(),
                            mine == null ? null : mine.id(),
                            mine != null && !mine.isDraft(),
                            session.isRevealed() ? comparison(session).spread() : null);
                })
                .toList();
    }

    /** Reveals the session once its last review is in (called after each calibration review is submitted). */
    public void revealWhenComplete(CalibrationSession session) {
        if (!session.isRevealed() && session.isComplete()) {
            session.reveal(Instant.now(clock));
            var result = comparison(session);
            audit.record(
                    QualityEvent.CALIBRATION_REVEALED,
                    SESSION,
                    session.id(),
                    "spread " + result.spread() + ", mean distance " + result.meanAbsoluteDistance());
        }
    }

    public CalibrationView view(long sessionId) {
        var session = em.find(CalibrationSession.class, sessionId);
        if (session == null) {
            throw new QualityRuleException("quality.calibration.unknown", "session " + sessionId);
        }
        var me = currentUser.getUserId();
        var mine = reviewOf(session, me);
        boolean lead = session.leadUserId() == me;
        if (mine == null && !lead) {
            throw new Forbidden("calibration session " + sessionId);
        }
        var contact = em.find(Contact.class, session.contactId());
        var agent = em.find(Agent.class, session.agentId());
        var expert = session.expertReview().orElseThrow();
        var scorers = new ArrayList<CalibrationView.Scorer>();
        var result = session.isRevealed() ? comparison(session) : null;
        scorers.add(new CalibrationView.Scorer(
                userName(expert.reviewerUserId()), true, !expert.isDraft(), visible(session, me, expert), null));
        for (var participant : session.participants()) {
            var review = participant.review().orElseThrow();
            var name = userName(participant.userId());
            scorers.add(new CalibrationView.Scorer(
                    name,
                    false,
                    !review.isDraft(),
                    visible(session, me, review),
                    result == null ? null : result.distanceFromExpert().get(name + " #" + participant.userId())));
        }
        var rows = new ArrayList<CalibrationView.Row>();
        if (result != null) {
            var criteria = session.scorecard().criteria();
            for (int i = 0; i < criteria.size(); i++) {
                var criterion = criteria.get(i);
                var agreement = result.criteria().get(i);
                rows.add(new CalibrationView.Row(
                        criterion.textEs(),
                        criterion.textEn(),
                        agreement.expertAnswer(),
                        agreement.answers(),
                        agreement.agreementPercent()));
            }
        }
        return new CalibrationView(
                session.id(),
                session.isRevealed(),
                userName(session.leadUserId()),
                session.createdAt(),
                contact.collectionCase().customer().fullName(),
                agent == null ? "" : agent.displayName(),
                contact.contactAt(),
                contact.channel(),
                contact.outcome(),
                mine == null ? null : mine.id(),
                mine != null && !mine.isDraft(),
                List.copyOf(scorers),
                List.copyOf(rows),
                result == null ? null : result.spread(),
                result == null ? null : result.meanAbsoluteDistance());
    }

    // ------------------------------------------------------------------ helpers

    private CalibrationComparison.Result comparison(CalibrationSession session) {
        var expert = session.expertReview().orElseThrow();
        var codes = session.scorecard().criteria().stream().map(Criterion::code).toList();
        var reviewers = new ArrayList<CalibrationComparison.Scorer>();
        for (CalibrationParticipant participant : session.participants()) {
            var review = participant.review().orElseThrow();
            reviewers.add(scorer(userName(participant.userId()) + " #" + participant.userId(), review));
        }
        return CalibrationComparison.compare(codes, scorer("expert", expert), reviewers);
    }

    private static CalibrationComparison.Scorer scorer(String name, QualityReview review) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (CriterionScore score : review.scores()) {
            answers.put(score.criterion().code(), answerOf(score));
        }
        return new CalibrationComparison.Scorer(name, answers, review.score().orElse(java.math.BigDecimal.ZERO));
    }

    private static String answerOf(CriterionScore score) {
        if (score.isNotApplicable()) {
            return ReviewView.NOT_APPLICABLE;
        }
        if (score.criterion().answerType() == AnswerType.SCALE) {
            return score.scaleValue().map(String::valueOf).orElse(null);
        }
        return score.answer().map(Enum::name).orElse(null);
    }

    /** A score the caller may see: their own, the lead sees all, everyone once revealed. */
    private static java.math.BigDecimal visible(CalibrationSession session, long me, QualityReview review) {
        return session.canSee(me, review) ? review.score().orElse(null) : null;
    }

    private QualityReview reviewOf(CalibrationSession session, long userId) {
        if (session.leadUserId() == userId) {
            return session.expertReview().orElse(null);
        }
        return session.participants().stream()
                .filter(p -> p.userId() == userId)
                .findFirst()
                .flatMap(CalibrationParticipant::review)
                .orElse(null);
    }

    private String customerName(long contactId) {
        var contact = em.find(Contact.class, contactId);
        return contact == null ? "" : contact.collectionCase().customer().fullName();
    }

    private String userName(long userId) {
        return users.displayName(userId);
    }
}
