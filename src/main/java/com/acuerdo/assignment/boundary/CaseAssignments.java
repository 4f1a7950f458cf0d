package com.acuerdo.assignment.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.assignment.batch.AssignmentData;
import com.acuerdo.assignment.batch.AssignmentEvent;
import com.acuerdo.assignment.batch.CaseMoves;
import com.acuerdo.assignment.batch.NightlyAssignment;
import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.batch.CustomerScope;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.AbsenceKind;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.Team;
import com.acuerdo.team.entity.WorkingSchedule;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Case assignment, the service: the night's pass (new and orphaned cases, absence covers and returns)
 * and the supervisors' moves and rule edits. Supervisors act on their own teams only, an admin on
 * all; every move and every rule change is audited with who, why and from/to. Moves are set-based
 * JDBC in the caller's transaction; the row-level guard reads the case's agent on every request, so
 * an agent loses a case the moment it leaves them.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CaseAssignments {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseGuard guard;

    @Inject
    Audit audit;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The nightly step (no caller): returns, covers, then new and orphaned cases. */
    @PermitAll
    public NightlyAssignment.Counts night(LocalDate date, CustomerScope scope) {
        try (var connection = dataSource.getConnection()) {
            return NightlyAssignment.run(connection, date, scope, Instant.now(clock));
        } catch (SQLException e) {
            throw new IllegalStateException("the night's assignment failed", e);
        }
    }

    /**
     * Moves the cases to the agent, with a reason. Every case and the agent must be in the caller's
     * teams (an admin: any); a case already with the agent stays as it is.
     *
     * @return how many cases moved
     */
    public int reassign(Collection<Long> caseIds, long toAgentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reassignment needs a reason");
        }
        if (caseIds.isEmpty()) {
            return 0;
        }
        var agent = em.find(Agent.class, toAgentId);
        if (agent == null || !agent.isActive() || agent.team().isEmpty()) {
            throw new IllegalArgumentException("agent " + toAgentId + " cannot take cases");
        }
        var teams = callerTeamIds();
        long toTeam = agent.team().get().id();
        if (teams != null && !teams.contains(toTeam)) {
            throw refused("AGENT", toAgentId, "agent " + toAgentId + " is not in the caller's teams");
        }
        try (var connection = dataSource.getConnection()) {
            if (teams != null) {
                requireOwnCases(connection, caseIds, teams);
            }
            return CaseMoves.reassign(
                            connection,
                            caseIds,
                            toAgentId,
                            toTeam,
                            reason.strip(),
                            caller(),
                            Instant.now(clock),
                            calendar.today())
                    .size();
        } catch (SQLException e) {
            throw new IllegalStateException("the reassignment failed", e);
        }
    }

    private void requireOwnCases(Connection connection, Collection<Long> caseIds, Set<Long> teams) throws SQLException {
        var ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            var slice = ids.subList(from, Math.min(ids.size(), from + 1_000));
            var sql = "SELECT MIN(id) FROM collection_case WHERE id IN (" + marks(slice.size()) + ")"
                    + (teams.isEmpty() ? "" : " AND (team_id IS NULL OR team_id NOT IN (" + marks(teams.size()) + "))");
            try (var query = connection.prepareStatement(sql)) {
                int i = 1;
                for (var id : slice) {
                    query.setLong(i++, id);
                }
                for (var team : teams) {
                    query.setLong(i++, team);
                }
                try (var rows = query.executeQuery()) {
                    if (rows.next()) {
                        long foreign = rows.getLong(1);
                        if (!rows.wasNull()) {
                            throw refused("CASE", foreign, "case " + foreign + " is not in the caller's teams");
                        }
                    }
                }
            }
        }
    }

    /** The agents of the caller's teams with their load today, by team and name. */
    public List<AgentLoad> agents() {
        var teams = guard.callerTeams();
        if (teams.isEmpty()) {
            return List.of();
        }
        var teamIds = teams.stream().map(Team::id).toList();
        var today = calendar.today();
        var result = new ArrayList<AgentLoad>();
        try (var connection = dataSource.getConnection()) {
            var loads = AssignmentData.loads(connection);
            for (var agent : em.createQuery(
                            "select a from Agent a where a.team.id in :teams order by a.team.name, a.displayName",
                            Agent.class)
                    .setParameter("teams", teamIds)
                    .getResultList()) {
                var load = loads.get(agent.id());
                var team = agent.team().orElseThrow();
                result.add(new AgentLoad(
                        agent.id(),
                        agent.displayName(),
                        team.id(),
                        team.name(),
                        agent.isActive(),
                        agent.capacity(),
                        load == null ? 0 : load.openCases(),
                        load == null ? BigDecimal.ZERO : load.balance(),
                        agent.isAbsentOn(today)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the agents' loads", e);
        }
        return result;
    }

    /** One page of the caller's teams' cases, most urgent first. */
    public List<TeamCaseRow> page(CaseFilter filter, int first, int size) {
        var teams = callerTeamIds();
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        var params = new ArrayList<Object>();
        var sql = "SELECT c.id, cu.full_name, c.bucket, c.status, c.assigned_agent_id, ag.display_name, t.name,"
                + " c.escalated, c.priority_score FROM collection_case c JOIN customer cu ON cu.id = c.customer_id"
                + " LEFT JOIN agent ag ON ag.id = c.assigned_agent_id LEFT JOIN team t ON t.id = c.team_id"
                + where(filter, teams, params) + " ORDER BY c.priority_score DESC, c.id"
                + " OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT " + Math.max(1, size) + " ROWS ONLY";
        var rows = new ArrayList<TeamCaseRow>();
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(sql)) {
            bind(query, params);
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    long agent = result.getLong(5);
                    Long agentId = result.wasNull() ? null : agent;
                    rows.add(new TeamCaseRow(
                            result.getLong(1),
                            result.getString(2),
                            result.getString(3).trim(),
                            result.getString(4).trim(),
                            agentId,
                            result.getString(6),
                            result.getString(7),
                            result.getBoolean(8),
                            result.getBigDecimal(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the team's cases", e);
        }
        return rows;
    }

    public long count(CaseFilter filter) {
        var teams = callerTeamIds();
        if (teams != null && teams.isEmpty()) {
            return 0;
        }
        var params = new ArrayList<Object>();
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM collection_case c" + where(filter, teams, params))) {
            bind(query, params);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the team's cases", e);
        }
    }

    private static String where(CaseFilter filter, Set<Long> teams, List<Object> params) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        if (teams != null) {
            sql.append(" AND c.team_id IN (").append(marks(teams.size())).append(")");
            params.addAll(teams);
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            sql.append(" AND c.status = ?");
            params.add(filter.status());
        }
        if (filter.caseId() != null) {
            sql.append(" AND c.id = ?");
            params.add(filter.caseId());
        }
        if (filter.agentId() != null) {
            sql.append(" AND c.assigned_agent_id = ?");
            params.add(filter.agentId());
        }
        if (filter.bucket() != null && !filter.bucket().isBlank()) {
            sql.append(" AND c.bucket = ?");
            params.add(filter.bucket());
        }
        if (filter.product() != null && !filter.product().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM collection_case_account ca JOIN account ac ON ac.id ="
                    + " ca.account_id WHERE ca.case_id = c.id AND ac.product = ?)");
            params.add(filter.product());
        }
        if (filter.unassigned()) {
            sql.append(" AND c.assigned_agent_id IS NULL");
        }
        if (filter.escalated()) {
            sql.append(" AND c.escalated = TRUE");
        }
        return sql.toString();
    }

    // --- the rules: agents' skills, capacity, absences; the balance spread -------------------

    public void changeCapacity(long agentId, int capacity) {
        var agent = ownAgent(agentId);
        int before = agent.capacity();
        agent.changeCapacity(capacity);
        rulesChanged("AGENT", agentId, "capacity " + before + " -> " + capacity);
    }

    public void changeSkills(
            long agentId,
            Collection<Language> languages,
            Collection<Product> products,
            Collection<AgingBucket> buckets) {
        var agent = ownAgent(agentId);
        agent.changeSkills(languages, products, buckets);
        rulesChanged(
                "AGENT", agentId, "skills: languages " + languages + ", products " + products + ", buckets " + buckets);
    }

    /** The agent's working days and shift (start included, end excluded, in the department's zone). */
    public void changeSchedule(long agentId, Collection<DayOfWeek> days, LocalTime shiftStart, LocalTime shiftEnd) {
        var agent = ownAgent(agentId);
        var before = describe(agent.workingDays(), agent.schedule());
        var schedule = new WorkingSchedule(shiftStart, shiftEnd);
        agent.changeSchedule(days, schedule);
        rulesChanged("AGENT", agentId, "schedule " + before + " -> " + describe(days, schedule));
    }

    private static String describe(Collection<DayOfWeek> days, WorkingSchedule schedule) {
        return days.stream().sorted().map(Enum::name).toList() + " " + schedule.shiftStart() + "–"
                + schedule.shiftEnd();
    }

    /** Records an absence; the nightly step moves the agent's cases from its first day, back after it. */
    public void recordAbsence(long agentId, AbsenceKind kind, LocalDate from, LocalDate until, String note) {
        var agent = ownAgent(agentId);
        agent.recordAbsence(kind, from, until, note);
        rulesChanged("AGENT", agentId, "absence " + kind + " " + from + " – " + until);
    }

    /** The agents of the caller's teams with their skills, capacity and absences. */
    public List<AgentRules> agentRules() {
        var teams = guard.callerTeams();
        if (teams.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select a from Agent a where a.team.id in :teams order by a.team.name, a.displayName",
                        Agent.class)
                .setParameter("teams", teams.stream().map(Team::id).toList())
                .getResultList()
                .stream()
                .map(agent -> new AgentRules(
                        agent.id(),
                        agent.displayName(),
                        agent.team().map(Team::name).orElse(""),
                        agent.capacity(),
                        agent.languages().stream().map(Enum::name).sorted().toList(),
                        agent.products().stream().map(Enum::name).sorted().toList(),
                        agent.buckets().stream().map(Enum::name).sorted().toList(),
                        agent.absences().stream()
                                .map(absence -> absence.kind() + " " + absence.fromDate() + " – " + absence.untilDate())
                                .toList(),
                        agent.workingDays().stream().sorted().map(Enum::name).toList(),
                        agent.schedule().shiftStart().toString(),
                        agent.schedule().shiftEnd().toString()))
                .toList();
    }

    /** The caller's teams and what each takes. */
    public List<TeamRules> teamRules() {
        return guard.callerTeams().stream()
                .map(team -> new TeamRules(
                        team.id(),
                        team.name(),
                        team.products().stream().map(Enum::name).sorted().toList(),
                        team.buckets().stream().map(Enum::name).sorted().toList(),
                        team.languages().stream().map(Enum::name).sorted().toList()))
                .toList();
    }

    /** Which products, buckets and languages the team takes; empty collections: any. */
    public void changeTeamRules(
            long teamId,
            Collection<Product> products,
            Collection<AgingBucket> buckets,
            Collection<Language> languages) {
        var teams = callerTeamIds();
        var team = em.find(Team.class, teamId);
        if (team == null || (teams != null && !teams.contains(teamId))) {
            throw refused("TEAM", teamId, "team " + teamId + " is not among the caller's teams");
        }
        team.takeCasesOf(products, buckets, languages);
        rulesChanged(
                "TEAM", teamId, "takes products " + products + ", buckets " + buckets + ", languages " + languages);
    }

    public int spreadPercent() {
        try (var connection = dataSource.getConnection()) {
            return AssignmentData.spreadPercent(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void changeSpread(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("the spread is a percentage between 0 and 100");
        }
        int before = spreadPercent();
        try (var connection = dataSource.getConnection();
                var update = connection.prepareStatement(
                        "UPDATE assignment_setting SET spread_percent = ?, version = version + 1 WHERE id = 1")) {
            update.setInt(1, percent);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        rulesChanged("ASSIGNMENT_SETTING", 1, "balance spread " + before + "% -> " + percent + "%");
    }

    private Agent ownAgent(long agentId) {
        var agent = em.find(Agent.class, agentId);
        var teams = callerTeamIds();
        if (agent == null
                || (teams != null
                        && agent.team().map(team -> !teams.contains(team.id())).orElse(true))) {
            throw refused("AGENT", agentId, "agent " + agentId + " is not in the caller's teams");
        }
        return agent;
    }

    private void rulesChanged(String subjectType, Object subjectId, String detail) {
        audit.record(AssignmentEvent.ASSIGNMENT_RULES_CHANGED, subjectType, subjectId, detail);
    }

    /** The caller's team ids; null for an admin (every team). */
    private Set<Long> callerTeamIds() {
        if (session.isCallerInRole(Role.Names.ADMIN)) {
            return null;
        }
        var ids = new HashSet<Long>();
        guard.callerTeams().forEach(team -> ids.add(team.id()));
        return ids;
    }

    private Forbidden refused(String subjectType, Object subjectId, String why) {
        audit.recordRegardless(
                caller(), com.acuerdo.security.entity.SecurityEvent.ACCESS_DENIED, subjectType, subjectId, why);
        return new Forbidden(why);
    }

    private String caller() {
        var principal = session.getCallerPrincipal();
        return principal == null ? Audit.SYSTEM : principal.getName();
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static void bind(java.sql.PreparedStatement query, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            query.setObject(i + 1, params.get(i));
        }
    }
}
