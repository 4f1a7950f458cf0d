package com.acuerdo.casework.control;

import com.acuerdo.security.entity.Role;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases a caller's lists show: an admin all, a supervisor the cases of the teams they
 * supervise, an agent their own. A supervisor who also works cases sees both. The single-case rule
 * (may this caller open this case?) is {@link com.acuerdo.security.control.CaseAccess}.
 *
 * @param all every case (admin)
 * @param agentId the caller's own cases, when the caller is an agent with an agent record
 * @param teamIds the cases of these teams
 */
public record CaseScope(boolean all, Optional<Long> agentId, Set<Long> teamIds) {

    public static final CaseScope NOTHING = new CaseScope(false, Optional.empty(), Set.of());

    public CaseScope {
        teamIds = Set.copyOf(teamIds);
    }

    public static CaseScope of(Set<Role> roles, Optional<Long> agentId, Collection<Long> supervisedTeamIds) {
        if (roles.contains(Role.ADMIN)) {
            return new CaseScope(true, Optional.empty(), Set.of());
        }
        var ownCases = roles.contains(Role.AGENT) ? agentId : Optional.<Long>empty();
        var teams = roles.contains(Role.SUPERVISOR) ? Set.copyOf(supervisedTeamIds) : Set.<Long>of();
        return new CaseScope(false, ownCases, teams);
    }

    /** Nothing to show: the caller works no cases and supervises no team. */
    public boolean isEmpty() {
        return !all && agentId.isEmpty() && teamIds.isEmpty();
    }

    /** The cases come from teams (a supervisor's view) rather than from the caller alone. */
    public boolean isTeamView() {
        return all || !teamIds.isEmpty();
    }

    /**
     * The JPQL condition on a case alias {@code c} with parameters {@code :agentId} and {@code
     * :teamIds} when used; never called for an empty scope.
     */
    public String condition() {
        if (all) {
            return "1 = 1";
        }
        if (isEmpty()) {
            throw new IllegalStateException("an empty scope has no cases to query");
        }
        var own = agentId.isPresent() ? "c.assignedAgentId = :agentId" : null;
        var teams = teamIds.isEmpty() ? null : "c.teamId in :teamIds";
        if (own != null && teams != null) {
            return "(" + own + " or " + teams + ")";
        }
        return own != null ? own : teams;
    }
}
