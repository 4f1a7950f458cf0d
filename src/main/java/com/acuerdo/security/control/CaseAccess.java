package com.acuerdo.security.control;

import com.acuerdo.security.entity.Role;
import java.util.Collection;
import java.util.Set;

/**
 * The row-level rule for cases and everything hanging off them (accounts, contacts, promises,
 * arrangements): an agent reads and changes only the cases assigned to them, a supervisor those of
 * the agents in their team(s), an admin all. QA reads through reviews, not through cases.
 *
 * @param caller the caller's username
 * @param roles the caller's roles
 */
public record CaseAccess(String caller, Set<Role> roles) {

    /**
     * @param assignedAgent username of the agent the case is assigned to (null when unassigned)
     * @param teamSupervisors usernames of the supervisors of that agent's team
     */
    public boolean allows(String assignedAgent, Collection<String> teamSupervisors) {
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        if (roles.contains(Role.SUPERVISOR) && teamSupervisors.contains(caller)) {
            return true;
        }
        return roles.contains(Role.AGENT) && caller.equals(assignedAgent);
    }
}
