package com.acuerdo.casework.boundary;

import static com.acuerdo.security.entity.SecurityEvent.ACCESS_DENIED;

import com.acuerdo.casework.control.CaseScope;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.AgentRepository;
import com.acuerdo.team.entity.Team;
import com.acuerdo.team.entity.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The row-level rule applied to the caller of this request: which cases their lists show, and
 * whether they may open one case. A refusal is audited (ACCESS_DENIED, on its own transaction so it
 * survives the rollback) and thrown as {@link Forbidden}.
 */
@ApplicationScoped
public class CaseGuard {

    @Inject
    CurrentUser currentUser;

    @Inject
    AgentRepository agents;

    @Inject
    TeamRepository teams;

    @Inject
    Audit audit;

    @Inject
    CaseAccessMemo memo;

    @PersistenceContext
    EntityManager em;

    /** The caller's agent record, if they work cases. */
    public Optional<Agent> callerAgent() {
        var userId = currentUser.getUserId();
        return userId == null ? Optional.empty() : agents.byUserId(userId);
    }

    /** The id of the caller's agent record, looked up once per request. */
    public Optional<Long> callerAgentId() {
        return memo.agentId(caller(), () -> callerAgent().map(Agent::id));
    }

    /** The teams the caller supervises (an admin: every team). */
    public List<Team> callerTeams() {
        if (currentUser.isAdmin()) {
            return teams.all();
        }
        var userId = currentUser.getUserId();
        return userId == null || !currentUser.isSupervisor() ? List.of() : teams.supervisedBy(userId);
    }

    public CaseScope scope() {
        var teamIds = currentUser.isSupervisor()
                ? callerTeams().stream().map(Team::id).toList()
                : List.<Long>of();
        return CaseScope.of(currentUser.getRoles(), callerAgentId(), teamIds);
    }

    /**
     * Lets the caller through to a case, or audits and refuses.
     *
     * @param subjectType what was asked for, for the audit trail (CASE, ACCOUNT)
     * @param subjectId its id as the caller named it
     */
    public void requireAccess(CollectionCase kase, String subjectType, Object subjectId) {
        if (!allows(kase)) {
            refuse(subjectType, subjectId, "case " + kase.id() + " is not among the caller's cases");
        }
    }

    /** Refuses what has no case at all (only an admin may see it). */
    public void requireAdmin(String subjectType, Object subjectId, String why) {
        if (!currentUser.isAdmin()) {
            refuse(subjectType, subjectId, why);
        }
    }

    public boolean allows(CollectionCase kase) {
        var key = kase.id() + "/" + kase.assignedAgentId().orElse(null) + "/"
                + kase.teamId().orElse(null) + "/" + caller();
        return memo.allows(key, () -> decide(kase));
    }

    private String caller() {
        var name = currentUser.getUsername();
        return name == null ? "" : name;
    }

    private boolean decide(CollectionCase kase) {
        var agentUsername =
                kase.assignedAgentId().flatMap(this::usernameOfAgent).orElse(null);
        var teamIds = new HashSet<Long>();
        kase.teamId().ifPresent(teamIds::add);
        kase.assignedAgentId()
                .flatMap(agents::find)
                .flatMap(Agent::team)
                .map(Team::id)
                .ifPresent(teamIds::add);
        return currentUser.caseAccess().allows(agentUsername, supervisorsOf(teamIds));
    }

    /** The login name of an agent (the integration contract's {@code assignedAgent}). */
    public Optional<String> usernameOfAgent(long agentId) {
        return em.createQuery(
                        "select u.username from UserAccount u, Agent a where a.id = :agentId and u.id = a.userId",
                        String.class)
                .setParameter("agentId", agentId)
                .getResultStream()
                .findFirst();
    }

    private List<String> supervisorsOf(java.util.Set<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select u.username from UserAccount u, Team t where t.id in :teamIds"
                                + " and u.id = t.supervisorUserId",
                        String.class)
                .setParameter("teamIds", teamIds)
                .getResultList();
    }

    private void refuse(String subjectType, Object subjectId, String why) {
        var caller = currentUser.getUsername();
        audit.recordRegardless(caller == null ? "anonymous" : caller, ACCESS_DENIED, subjectType, subjectId, why);
        throw new Forbidden("not one of your cases");
    }
}
