package com.acuerdo.casework.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.platform.money.Money;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Team;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The supervisor's view of their teams (an admin: every team): open cases and balances per agent and
 * cases per bucket, all counted and summed in the database.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TeamOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseGuard guard;

    public List<TeamSummary> teams() {
        var teams = guard.callerTeams();
        if (teams.isEmpty()) {
            return List.of();
        }
        var teamIds = teams.stream().map(Team::id).toList();

        // (team, agent) -> count and balances; a null agent is the team's unassigned cases.
        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        for (var row : em.createQuery(
                        "select c.teamId, c.assignedAgentId, count(c) from CollectionCase c"
                                + " where c.status = :open and c.teamId in :teams"
                                + " group by c.teamId, c.assignedAgentId",
                        Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("teams", teamIds)
                .getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], (Long) row[2]);
        }
        Map<Long, Map<Long, List<Money>>> balances = new HashMap<>();
        for (var row : em.createQuery(
                        "select c.teamId, c.assignedAgentId, a.currency, sum(b.amountDue.amount - b.amountPaid.amount)"
                                + " from CollectionCase c join c.accounts a, Bill b"
                                + " where b.account = a and c.status = :open and c.teamId in :teams"
                                + " group by c.teamId, c.assignedAgentId, a.currency",
                        Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("teams", teamIds)
                .getResultList()) {
            balances.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .computeIfAbsent((Long) row[1], id -> new ArrayList<>())
                    .add(Money.of((BigDecimal) row[3], ((String) row[2]).trim()));
        }
        Map<Long, Map<AgingBucket, Long>> buckets = new HashMap<>();
        for (var row : em.createQuery(
                        "select c.teamId, c.bucket, count(c) from CollectionCase c"
                                + " where c.status = :open and c.teamId in :teams group by c.teamId, c.bucket",
                        Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("teams", teamIds)
                .getResultList()) {
            buckets.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((AgingBucket) row[1], (Long) row[2]);
        }
        // Members with no case still show (with zero); so do agents who left but still hold cases.
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Long> teamOfAgent = new HashMap<>();
        for (var row : em.createQuery(
                        "select a.id, a.displayName, a.team.id from Agent a where a.team.id in :teams"
                                + " order by a.displayName",
                        Object[].class)
                .setParameter("teams", teamIds)
                .getResultList()) {
            names.put((Long) row[0], (String) row[1]);
            teamOfAgent.put((Long) row[0], (Long) row[2]);
        }
        var holders = counts.values().stream()
                .flatMap(byAgent -> byAgent.keySet().stream())
                .filter(Objects::nonNull)
                .filter(id -> !names.containsKey(id))
                .distinct()
                .toList();
        if (!holders.isEmpty()) {
            for (var row : em.createQuery("select a.id, a.displayName from Agent a where a.id in :ids", Object[].class)
                    .setParameter("ids", holders)
                    .getResultList()) {
                names.put((Long) row[0], (String) row[1]);
            }
        }

        return teams.stream()
                .map(team -> {
                    // Not Map.of(): the unassigned row's key is null, which immutable maps refuse to look up.
                    var teamCounts = counts.getOrDefault(team.id(), java.util.Collections.emptyMap());
                    var teamBalances = balances.getOrDefault(team.id(), java.util.Collections.emptyMap());
                    var agentIds = new java.util.LinkedHashSet<Long>();
                    names.keySet().stream()
                            .filter(id -> team.id().equals(teamOfAgent.get(id)) || teamCounts.containsKey(id))
                            .forEach(agentIds::add);
                    if (teamCounts.containsKey(null)) {
                        agentIds.add(null);
                    }
                    var loads = agentIds.stream()
                            .map(id -> new TeamSummary.AgentLoad(
                                    id,
                                    id == null ? null : names.get(id),
                                    teamCounts.getOrDefault(id, 0L),
                                    List.copyOf(teamBalances.getOrDefault(id, List.of()))))
                            .sorted(Comparator.comparing(
                                    TeamSummary.AgentLoad::name, Comparator.nullsLast(Comparator.naturalOrder())))
                            .toList();
                    var byBucket = buckets.getOrDefault(team.id(), Map.of());
                    var bucketCounts = Arrays.stream(AgingBucket.values())
                            .filter(AgingBucket::isDelinquent)
                            .map(bucket -> new TeamSummary.BucketCount(bucket, byBucket.getOrDefault(bucket, 0L)))
                            .toList();
                    long open = teamCounts.values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
                    return new TeamSummary(team.id(), team.name(), open, loads, bucketCounts);
                })
                .toList();
    }
}
