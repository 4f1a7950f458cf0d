package com.acuerdo.casework.boundary;

import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Team;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The supervisor's escalation list: open cases of the caller's teams (an admin: all) that the nightly
 * escalation listed (broken promises, no conversation for long, changed conditions, charge-off
 * candidates), newest first.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class EscalationList {

    private static final int MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseGuard guard;

    public List<EscalatedCase> forCaller() {
        var teamIds = guard.callerTeams().stream().map(Team::id).toList();
        if (teamIds.isEmpty()) {
            return List.of();
        }
        var marks = String.join(",", teamIds.stream().map(id -> "?").toList());
        var query = em.createNativeQuery("SELECT e.case_id, cu.full_name, t.name, e.reason, c.bucket, e.escalated_on,"
                        + " a.display_name FROM escalation e JOIN collection_case c ON c.id = e.case_id"
                        + " JOIN customer cu ON cu.id = e.customer_id JOIN team t ON t.id = c.team_id"
                        + " LEFT JOIN agent a ON a.id = c.assigned_agent_id"
                        + " WHERE e.resolved_on IS NULL AND c.status = 'OPEN' AND c.team_id IN (" + marks + ")"
                        + " ORDER BY e.escalated_on DESC, e.case_id")
                .setMaxResults(MAX);
        for (int i = 0; i < teamIds.size(); i++) {
            query.setParameter(i + 1, teamIds.get(i));
        }
        var rows = new ArrayList<EscalatedCase>();
        for (var row : (List<?>) query.getResultList()) {
            var columns = (Object[]) row;
            rows.add(new EscalatedCase(
                    ((Number) columns[0]).longValue(),
                    (String) columns[1],
                    (String) columns[2],
                    columns[3].toString().trim(),
                    columns[4].toString().trim(),
                    ((Date) columns[5]).toLocalDate(),
                    (String) columns[6]));
        }
        return rows;
    }
}
