package com.acuerdo.quality.boundary;

import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.quality.control.QualityTrend;
import com.acuerdo.quality.control.ScoreCalculator;
import com.acuerdo.quality.entity.CoachingAction;
import com.acuerdo.quality.entity.CoachingActionRepository;
import com.acuerdo.quality.entity.CoachingOutcome;
import com.acuerdo.quality.entity.CoachingStatus;
import com.acuerdo.quality.entity.Criterion;
import com.acuerdo.quality.entity.QualityReview;
import com.acuerdo.quality.entity.QualityRuleException;
import com.acuerdo.quality.entity.ScorecardRepository;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.security.entity.Role;
import com.acuerdo.security.entity.UserAccountRepository;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.Team;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Coaching actions: a supervisor sets one for an agent of their team (from a review or directly) with
 * a focus criterion, a goal and a due date; the agent acknowledges it; the supervisor follows up with
 * notes and closes it with the outcome. Every change is an audit event.
 */
@Stateless
public class Coaching {

    static final String ACTION = "COACHING";

    /** The agents a supervisor coaches, for the form. */
    public record Coachee(long agentId, String name) implements java.io.Serializable {}

    /** A criterion of the published scorecard, as a focus to pick. */
    public record Focus(String code, String textEs, String textEn) implements java.io.Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CoachingActionRepository actions;

    @Inject
    ScorecardRepository scorecards;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository users;

    @Inject
    CaseGuard guard;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<Coachee> coachees() {
        return teamAgents().stream()
                .map(agent -> new Coachee(agent.id(), agent.displayName()))
                .sorted(Comparator.comparing(Coachee::name))
                .toList();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<Focus> focuses() {
        return scorecards.published(Reviews.SCORECARD).stream()
                .flatMap(card -> card.criteria().stream())
                .map(criterion -> new Focus(criterion.code(), criterion.textEs(), criterion.textEn()))
                .toList();
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public CoachingView create(long agentId, Long reviewId, String focusCode, String goal, LocalDate dueDate) {
        if (teamAgents().stream().noneMatch(agent -> agent.id() == agentId)) {
            throw new Forbidden("agent " + agentId + " is not in the caller's teams");
        }
        if (dueDate == null || dueDate.isBefore(calendar.today())) {
            throw new QualityRuleException("quality.coaching.dueInPast", String.valueOf(dueDate));
        }
        if (goal == null || goal.isBlank()) {
            throw new QualityRuleException("quality.coaching.goalRequired", "goal");
        }
        QualityReview review = reviewId == null ? null : em.find(QualityReview.class, reviewId);
        if (review != null && review.agentId() != agentId) {
            throw new QualityRuleException("quality.coaching.otherAgentsReview", "review " + reviewId);
        }
        var action = new CoachingAction(
                agentId,
                review,
                focusCode == null || focusCode.isBlank() ? null : focusCode,
                goal,
                dueDate,
                currentUser.getUserId(),
                Instant.now(clock));
        em.persist(action);
        em.flush();
        audit.record(
                QualityEvent.COACHING_CREATED,
                ACTION,
                action.id(),
                "agent " + agentId + ", focus " + focusCode + ", due " + dueDate
                        + (review == null ? "" : ", from review " + reviewId));
        return viewOf(action);
    }

    /** The team's actions, open ones first, by due date. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<CoachingView> ofTeam() {
        var ids = teamAgents().stream().map(Agent::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select c from CoachingAction c where c.agentId in :agents order by c.dueDate, c.id",
                        CoachingAction.class)
                .setParameter("agents", ids)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(this::viewOf)
                .sorted(Comparator.comparing((CoachingView view) -> !view.isOpen()))
                .toList();
    }

    /** The caller's own actions. */
    @RolesAllowed(Role.Names.AGENT)
    public List<CoachingView> mine() {
        return guard.callerAgent()
                .map(agent ->
                        actions.ofAgent(agent.id()).stream().map(this::viewOf).toList())
                .orElse(List.of());
    }

    @RolesAllowed(Role.Names.AGENT)
    public CoachingView acknowledge(long actionId, long version) {
        var action = checked(actionId, version);
        if (guard.callerAgent()
                .map(Agent::id)
                .filter(id -> id == action.agentId())
                .isEmpty()) {
            throw new Forbidden("coaching action " + actionId);
        }
        action.acknowledge(Instant.now(clock));
        em.flush();
        audit.record(QualityEvent.COACHING_ACKNOWLEDGED, ACTION, actionId, "acknowledged");
        return viewOf(action);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public CoachingView followUp(long actionId, long version, String note) {
        var action = ofCallersTeam(checked(actionId, version));
        if (note == null || note.isBlank()) {
            throw new QualityRuleException("quality.coaching.noteRequired", "note");
        }
        action.addNote(note);
        em.flush();
        audit.record(QualityEvent.COACHING_FOLLOWED_UP, ACTION, actionId, note);
        return viewOf(action);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public CoachingView close(long actionId, long version, CoachingOutcome outcome, String note) {
        var action = ofCallersTeam(checked(actionId, version));
        if (outcome == null) {
            throw new QualityRuleException("quality.coaching.outcomeRequired", "outcome");
        }
        action.close(outcome, note, Instant.now(clock));
        em.flush();
        audit.record(QualityEvent.COACHING_CLOSED, ACTION, actionId, outcome + (note == null ? "" : ": " + note));
        return viewOf(action);
    }

    /** The caller's own agent id, for their own trend. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public Optional<Long> ownAgentId() {
        return guard.callerAgent().map(Agent::id);
    }

    /** An agent's quality over time and what coaching did; a supervisor for their team, an agent for themselves. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.AGENT})
    public AgentTrend trend(long agentId) {
        boolean own =
                guard.callerAgent().map(Agent::id).filter(id -> id == agentId).isPresent();
        if (!own && teamAgents().stream().noneMatch(agent -> agent.id() == agentId)) {
            throw new Forbidden("agent " + agentId + " is not in the caller's teams");
        }
        var agent = em.find(Agent.class, agentId);
        var reviews = em
                .createQuery(
                        "select r from QualityReview r where r.agentId = :agent and r.submittedAt is not null"
                                + " order by r.submittedAt",
                        QualityReview.class)
                .setParameter("agent", agentId)
                .getResultList()
                .stream()
                .filter(QualityReview::countsForAgent)
                .map(Coaching::counted)
                .toList();
        var actionsOfAgent = actions.ofAgent(agentId);
        var effects = actionsOfAgent.stream()
                .map(action -> new AgentTrend.CoachingEffect(
                        action.goal(),
                        action.status(),
                        QualityTrend.effectOf(
                                java.time.LocalDate.ofInstant(action.createdAt(), java.time.ZoneOffset.UTC), reviews)))
                .toList();
        return new AgentTrend(
                agentId,
                agent == null ? "" : agent.displayName(),
                QualityTrend.weekly(reviews),
                effects,
                actionsOfAgent.stream()
                        .filter(a -> a.status() != CoachingStatus.CLOSED)
                        .count(),
                actionsOfAgent.stream()
                        .filter(a -> a.status() == CoachingStatus.CLOSED)
                        .count());
    }

    private static QualityTrend.Review counted(QualityReview review) {
        var sections = new java.util.TreeMap<String, java.math.BigDecimal>();
        for (var section : review.scorecard().sections()) {
            var items = section.criteria().stream()
                    .map(criterion -> review.scoreFor(criterion.code()).orElseThrow())
                    .map(Coaching::item)
                    .toList();
            var result = ScoreCalculator.score(items);
            if (result.isScorable()) {
                sections.put(section.titleEs() + " / " + section.titleEn(), result.score());
            }
        }
        return new QualityTrend.Review(
                java.time.LocalDate.ofInstant(review.submittedAt().orElseThrow(), java.time.ZoneOffset.UTC),
                review.score().orElse(java.math.BigDecimal.ZERO),
                sections,
                review.isCriticalFailed());
    }

    private static ScoreCalculator.Item item(com.acuerdo.quality.entity.CriterionScore score) {
        var criterion = score.criterion();
        if (score.isNotApplicable()) {
            return ScoreCalculator.Item.notApplicable(criterion.weight(), criterion.isCritical());
        }
        if (score.scaleValue().isPresent()) {
            return ScoreCalculator.Item.scale(
                    criterion.weight(),
                    score.scaleValue().get(),
                    criterion.scaleMax().orElseThrow());
        }
        return score.answer()
                        .filter(answer -> answer == com.acuerdo.quality.entity.YesNo.YES)
                        .isPresent()
                ? ScoreCalculator.Item.yes(criterion.weight(), criterion.isCritical())
                : ScoreCalculator.Item.no(criterion.weight(), criterion.isCritical());
    }

    private CoachingAction checked(long actionId, long version) {
        var action = actions.find(actionId)
                .orElseThrow(() -> new QualityRuleException("quality.coaching.unknown", "action " + actionId));
        if (action.version() != version) {
            throw new OptimisticLockException(action);
        }
        return action;
    }

    private CoachingAction ofCallersTeam(CoachingAction action) {
        if (teamAgents().stream().noneMatch(agent -> agent.id() == action.agentId())) {
            throw new Forbidden("coaching action " + action.id());
        }
        return action;
    }

    private List<Agent> teamAgents() {
        var teamIds = guard.callerTeams().stream().map(Team::id).toList();
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Agent a where a.team.id in :teams", Agent.class)
                .setParameter("teams", teamIds)
                .getResultList();
    }

    private CoachingView viewOf(CoachingAction action) {
        var agent = em.find(Agent.class, action.agentId());
        Optional<Criterion> focus = action.focusCriterionCode().flatMap(code -> action.review()
                .map(QualityReview::scorecard)
                .or(() -> scorecards.published(Reviews.SCORECARD))
                .flatMap(card -> card.criterion(code)));
        return new CoachingView(
                action.id(),
                action.version(),
                action.agentId(),
                agent == null ? "" : agent.displayName(),
                action.review().map(QualityReview::id).orElse(null),
                action.focusCriterionCode().orElse(null),
                focus.map(Criterion::textEs).orElse(null),
                focus.map(Criterion::textEn).orElse(null),
                action.goal(),
                action.dueDate(),
                action.notes().orElse(null),
                action.status(),
                action.outcome().orElse(null),
                users.displayName(action.createdByUserId()),
                action.createdAt(),
                action.acknowledgedAt().orElse(null),
                action.closedAt().orElse(null),
                action.isOverdueOn(calendar.today()));
    }
}
