package com.acuerdo.casework.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.CaseScope;
import com.acuerdo.casework.control.NextCase;
import com.acuerdo.casework.control.PriorityExplanation.Part;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.contact.boundary.Contacts;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactPolicyRepository;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.promise.entity.PromiseStatus;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.team.entity.Team;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The caller's worklist: their open cases (a supervisor: their teams'), highest priority first, one
 * page at a time. A page is one query for the cases and a few queries bounded by the page's ids for
 * balances, days past due, promises and contacts; the count is its own query. Filters are conditions
 * of those same queries, so a filtered list is paged in the database too.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class Worklist {

    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseGuard guard;

    @Inject
    Contacts contacts;

    @Inject
    ContactPolicyRepository policies;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    public WorklistScope scope() {
        var scope = guard.scope();
        var teamNames = scope.teamIds().isEmpty()
                ? List.<String>of()
                : guard.callerTeams().stream().map(Team::name).toList();
        return new WorklistScope(scope.agentId().isPresent(), teamNames);
    }

    public long count() {
        return count(WorklistFilter.NONE);
    }

    public List<WorklistRow> page(int first, int size) {
        return page(first, size, WorklistFilter.NONE);
    }

    public long count(WorklistFilter filter) {
        var scope = guard.scope();
        if (scope.isEmpty()) {
            return 0;
        }
        var where = new Where(scope, filter, Instant.now(clock));
        // The client is joined only when the filter is about them: the plain count is then an index
        // scan of the caller's cases alone (an agent with 2,000 cases, 1,000,000 accounts: 21 ms -> 1 ms).
        var from = filter.withinHours() ? "CollectionCase c join c.customer cu" : "CollectionCase c";
        var query = em.createQuery("select count(c) from " + from + " where " + where.jpql, Long.class);
        return where.bind(query).getSingleResult();
    }

    public List<WorklistRow> page(int first, int size, WorklistFilter filter) {
        var scope = guard.scope();
        if (scope.isEmpty() || size <= 0) {
            return List.of();
        }
        var where = new Where(scope, filter, Instant.now(clock));
        var query = em.createQuery(
                "select c.id, cu.fullName, c.bucket, c.objective, c.priorityScore, c.lastContactAt, c.assignedAgentId"
                        + " from CollectionCase c join c.customer cu"
                        + " where " + where.jpql
                        + " order by c.priorityScore desc, c.id",
                Object[].class);
        var cases = where.bind(query)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(size, MAX_PAGE))
                .getResultList();
        if (cases.isEmpty()) {
            return List.of();
        }
        var ids = cases.stream().map(row -> (Long) row[0]).toList();
        var details = new PageDetails(ids);
        return cases.stream()
                .map(row -> {
                    long id = (Long) row[0];
                    var lastContact = latest(instant(row[5]), details.lastContact.get(id));
                    return new WorklistRow(
                            id,
                            (String) row[1],
                            row[6] == null ? null : details.agentNames.get((Long) row[6]),
                            (AgingBucket) row[2],
                            details.daysPastDue.getOrDefault(id, 0),
                            details.balances.getOrDefault(id, List.of()),
                            (Objective) row[3],
                            (BigDecimal) row[4],
                            details.parts.getOrDefault(id, List.of()),
                            details.nextPromise.get(id),
                            lastContact);
                })
                .toList();
    }

    /**
     * "Next case": the highest-priority case of the (filtered) list whose client the contact guard
     * lets the caller CALL right now, checked in priority order {@link NextCase#PAGE} at a time, at
     * most {@link NextCase#MAX_PAGES} pages; empty when none of those may be called now.
     */
    public Optional<Long> nextCase(WorklistFilter filter) {
        var scope = guard.scope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        var now = Instant.now(clock);
        var where = new Where(scope, filter, now);
        return NextCase.first(
                n -> where.bind(em.createQuery(
                                "select c.id from CollectionCase c join c.customer cu where " + where.jpql
                                        + " order by c.priorityScore desc, c.id",
                                Long.class))
                        .setFirstResult(n * NextCase.PAGE)
                        .setMaxResults(NextCase.PAGE)
                        .getResultList(),
                caseId -> contacts.check(caseId, Channel.CALL, now).allowed(),
                NextCase.PAGE,
                NextCase.MAX_PAGES);
    }

    /**
     * The worklist's condition: the caller's open cases and the filter. "Within hours" is decided
     * once per (jurisdiction, zone) present in the caller's list — a handful, however many cases —
     * and becomes a plain condition on the client's jurisdiction and zone, so the database still
     * pages and counts. Per-person caps and restrictions are left to the guard (Next case, contact).
     */
    private final class Where {
        final String jpql;
        final Map<String, Object> parameters = new HashMap<>();
        final CaseScope scope;

        Where(CaseScope scope, WorklistFilter filter, Instant now) {
            this.scope = scope;
            var sql = new StringBuilder("c.status = :open and " + scope.condition());
            if (filter.bucket() != null) {
                sql.append(" and c.bucket = :bucket");
                parameters.put("bucket", filter.bucket());
            }
            if (filter.objective() != null) {
                sql.append(" and c.objective = :objective");
                parameters.put("objective", filter.objective());
            }
            if (filter.promiseDueToday()) {
                sql.append(" and exists (select p.id from PromiseToPay p where p.collectionCase = c"
                        + " and p.status = :promiseOpen and p.dueOn = :today)");
                parameters.put("promiseOpen", PromiseStatus.OPEN);
                parameters.put("today", calendar.today());
            }
            if (filter.callbackDue()) {
                sql.append(" and c.nextCallbackAt is not null and c.nextCallbackAt <= :now");
                parameters.put("now", now);
            }
            if (filter.withinHours()) {
                sql.append(withinHours(now));
            }
            this.jpql = sql.toString();
        }

        private String withinHours(Instant now) {
            var pairs = bindScope(em.createQuery(
                            "select distinct cu.jurisdiction, cu.timeZone from CollectionCase c join c.customer cu"
                                    + " where c.status = :open and " + scope.condition(),
                            Object[].class))
                    .getResultList();
            var open = new TreeMap<Jurisdiction, List<String>>();
            for (var pair : pairs) {
                var jurisdiction = (Jurisdiction) pair[0];
                var zone = (String) pair[1];
                var local = now.atZone(ZoneId.of(zone)).toLocalDateTime();
                var policy = policies.inForce(jurisdiction, local.toLocalDate());
                if (policy.isPresent()
                        && policy.get().isOpenAt(local, policies.isPublicHoliday(jurisdiction, local.toLocalDate()))) {
                    open.computeIfAbsent(jurisdiction, j -> new ArrayList<>()).add(zone);
                }
            }
            if (open.isEmpty()) {
                return " and c.id is null";
            }
            var parts = new ArrayList<String>();
            int n = 0;
            for (var entry : open.entrySet()) {
                parts.add("(cu.jurisdiction = :j" + n + " and cu.timeZone in :z" + n + ")");
                parameters.put("j" + n, entry.getKey());
                parameters.put("z" + n, entry.getValue());
                n++;
            }
            return " and (" + String.join(" or ", parts) + ")";
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            bindScope(query);
            parameters.forEach(query::setParameter);
            return query;
        }

        <T> TypedQuery<T> bindScope(TypedQuery<T> query) {
            return Worklist.this.bind(query, scope);
        }
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, CaseScope scope) {
        query.setParameter("open", CaseStatus.OPEN);
        scope.agentId().ifPresent(agentId -> query.setParameter("agentId", agentId));
        if (!scope.all() && !scope.teamIds().isEmpty()) {
            query.setParameter("teamIds", scope.teamIds());
        }
        return query;
    }

    /** An aggregate over a converted column may come back converted or raw (UTC), depending on the provider. */
    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.LocalDateTime utc) {
            return utc.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a moment: " + value.getClass());
    }

    static LocalDate date(Object value) {
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        return (LocalDate) value;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** What the page's rows need besides the case row, each query bounded by the page's ids. */
    private final class PageDetails {
        final Map<Long, Integer> daysPastDue = new HashMap<>();
        final Map<Long, List<Money>> balances = new HashMap<>();
        final Map<Long, List<Part>> parts = new HashMap<>();
        final Map<Long, LocalDate> nextPromise = new HashMap<>();
        final Map<Long, Instant> lastContact = new HashMap<>();
        final Map<Long, String> agentNames = new HashMap<>();

        PageDetails(List<Long> ids) {
            for (var row : em.createQuery(
                            "select c.id, max(a.daysPastDue) from CollectionCase c join c.accounts a"
                                    + " where c.id in :ids group by c.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                daysPastDue.put((Long) row[0], ((Number) row[1]).intValue());
            }
            for (var row : em.createQuery(
                            "select c.id, a.currency, sum(b.amountDue.amount - b.amountPaid.amount)"
                                    + " from CollectionCase c join c.accounts a, Bill b"
                                    + " where b.account = a and c.id in :ids group by c.id, a.currency",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                balances.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(Money.of((BigDecimal) row[2], ((String) row[1]).trim()));
            }
            for (var row : em.createQuery(
                            "select c.id, p.name, p.points from CollectionCase c join c.priorityParts p"
                                    + " where c.id in :ids order by c.id, index(p)",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                parts.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Part((String) row[1], (BigDecimal) row[2]));
            }
            for (var row : em.createQuery(
                            "select p.collectionCase.id, min(p.dueOn) from PromiseToPay p"
                                    + " where p.collectionCase.id in :ids and p.status = :open"
                                    + " group by p.collectionCase.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .setParameter("open", PromiseStatus.OPEN)
                    .getResultList()) {
                nextPromise.put((Long) row[0], date(row[1]));
            }
            for (var row : em.createQuery(
                            // Not max(contactAt) in the select: EclipseLink feeds the converter a Timestamp then.
                            "select ct.collectionCase.id, ct.contactAt from Contact ct"
                                    + " where ct.collectionCase.id in :ids and ct.contactAt ="
                                    + " (select max(c2.contactAt) from Contact c2"
                                    + " where c2.collectionCase = ct.collectionCase)",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                lastContact.put((Long) row[0], instant(row[1]));
            }
            for (var row : em.createQuery(
                            "select a.id, a.displayName from Agent a, CollectionCase c"
                                    + " where c.id in :ids and a.id = c.assignedAgentId",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                agentNames.put((Long) row[0], (String) row[1]);
            }
        }
    }
}
