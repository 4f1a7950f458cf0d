package com.acuerdo.dashboard.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.dashboard.control.AgentRanks;
import com.acuerdo.dashboard.control.FactDays;
import com.acuerdo.dashboard.control.Figures;
import com.acuerdo.dashboard.control.Tally;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Team;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The team's results dashboard (README, "Results dashboard"): every figure counted and summed in the
 * database per agent (a {@link Tally} each), the maths done by the control classes. A supervisor sees
 * their own teams, an admin every team; asking for another team is refused.
 *
 * <p>Attribution: portfolio figures (buckets, rolls, recovery, retention, mobility) belong to the
 * agent holding the case; activity figures (contacts, promises, arrangements, reviews, refusals) to
 * the agent who did them.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Dashboard {

    /** How far back the trend goes: this many snapshots (one per business night). */
    public static final int TREND_NIGHTS = 90;

    /** Retention looks at clients cured this many days before the period. */
    public static final int RETENTION_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseGuard guard;

    public record Choice(Long id, String name) {}

    /** The caller's teams, by name. */
    public List<Choice> teams() {
        return guard.callerTeams().stream()
                .sorted(Comparator.comparing(Team::name))
                .map(team -> new Choice(team.id(), team.name()))
                .toList();
    }

    /** The agents of the given team (null: of all the caller's teams), by name. */
    public List<Choice> agents(Long teamId) {
        var teams = teamIds(teamId);
        if (teams.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select a.id, a.displayName from Agent a where a.team.id in :teams order by a.displayName",
                        Object[].class)
                .setParameter("teams", teams)
                .getResultList()
                .stream()
                .map(row -> new Choice((Long) row[0], (String) row[1]))
                .toList();
    }

    public DashboardView view(DashboardFilter filter) {
        var teams = teamIds(filter.teamId());
        var tallies = new LinkedHashMap<Long, Tally>();
        Map<Long, String> names = new HashMap<>();
        List<DashboardView.BucketRow> portfolio = List.of();
        List<DashboardView.TrendPoint> trend = List.of();
        LocalDate snapshotOn = null;
        if (!teams.isEmpty()) {
            var members = em.createQuery(
                            "select a.id, a.displayName from Agent a where a.team.id in :teams"
                                    + (filter.agentId() == null ? "" : " and a.id = :agent")
                                    + " order by a.displayName",
                            Object[].class)
                    .setParameter("teams", teams);
            if (filter.agentId() != null) {
                members.setParameter("agent", filter.agentId());
            }
            for (var agent : members.getResultList()) {
                tallies.put((Long) agent[0], new Tally());
                names.put((Long) agent[0], (String) agent[1]);
            }
            snapshotOn = latestSnapshot(teams, filter.to());
            if (snapshotOn != null) {
                portfolio = portfolio(teams, filter, snapshotOn, tallies);
                trend = trend(teams, filter, snapshotOn);
            }
            accountFigures(teams, filter, tallies);
            promises(teams, filter, tallies);
            arrangements(teams, filter, tallies);
            contacts(teams, filter, tallies);
            refusals(teams, filter, tallies);
            retention(teams, filter, tallies);
            quality(teams, filter, tallies);
        }
        var total = tallies.values().stream().reduce(new Tally(), Tally::plus);
        // Agents first (by name), then the cases nobody holds, if any figure fell there.
        var rows = new ArrayList<Long>(tallies.keySet());
        rows.sort(Comparator.comparing(
                id -> id == null ? null : names.get(id), Comparator.nullsLast(Comparator.naturalOrder())));
        var figures = rows.stream().map(id -> Figures.of(tallies.get(id))).toList();
        var ranks = AgentRanks.of(figures);
        var agents = new ArrayList<DashboardView.AgentRow>();
        for (int i = 0; i < rows.size(); i++) {
            var id = rows.get(i);
            agents.add(new DashboardView.AgentRow(id, id == null ? null : names.get(id), figures.get(i), ranks.get(i)));
        }
        return new DashboardView(filter, snapshotOn, portfolio, trend, total.rolls, Figures.of(total), agents);
    }

    public long countCases(DashboardFilter filter, Drill drill) {
        var teams = teamIds(filter.teamId());
        if (teams.isEmpty()) {
            return 0;
        }
        var sql = drillSql(teams, filter, drill);
        var count = new Sql("SELECT COUNT(*) FROM (").append(sql).append(") d");
        return ((Number) count.query(em).getSingleResult()).longValue();
    }

    public List<DrillRow> cases(DashboardFilter filter, Drill drill, int first, int max) {
        var teams = teamIds(filter.teamId());
        if (teams.isEmpty()) {
            return List.of();
        }
        var sql = new Sql("SELECT d.case_id, cu.full_name, a.external_id, a.product, d.fb, d.tb, g.display_name,"
                        + " (SELECT COALESCE(SUM(b.amount_due - b.amount_paid), 0) FROM bill b WHERE b.account_id = a.id)"
                        + " FROM (")
                .append(drillSql(teams, filter, drill))
                .append(") d JOIN account a ON a.id = d.account_id JOIN customer cu ON cu.id = a.customer_id"
                        + " LEFT JOIN agent g ON g.id = d.agent_id"
                        + " ORDER BY d.case_id, a.external_id OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT "
                        + Math.max(1, max) + " ROWS ONLY");
        List<Object[]> rows = sql.query(em).getResultList();
        return rows.stream()
                .map(r -> new DrillRow(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        trim(r[4]),
                        trim(r[5]),
                        (String) r[6],
                        decimal(r[7])))
                .toList();
    }

    // ---------------------------------------------------------------- scope

    private List<Long> teamIds(Long teamId) {
        var mine = guard.callerTeams().stream().map(Team::id).toList();
        if (teamId == null) {
            return mine;
        }
        if (!mine.contains(teamId)) {
            throw new Forbidden("team " + teamId + " is not one of the caller's teams");
        }
        return List.of(teamId);
    }

    private static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * The accounts of the scope's cases open at some time in {@code from}–{@code to}: agent_id (the
     * case's agent), account_id, case_id (the latest such case of the account).
     */
    private static Sql scopeAccounts(List<Long> teams, DashboardFilter f, LocalDate from, LocalDate to) {
        return scopeAccounts(teams, f, from, to, null);
    }

    /** The same, limited to the accounts {@code onlyAccounts} (a subquery of account ids) when not null. */
    private static Sql scopeAccounts(
            List<Long> teams, DashboardFilter f, LocalDate from, LocalDate to, Sql onlyAccounts) {
        // The account row is read only for the product filter.
        var sql = new Sql("SELECT c.assigned_agent_id AS agent_id, ca.account_id AS account_id, MAX(c.id) AS case_id"
                        + " FROM collection_case c JOIN collection_case_account ca ON ca.case_id = c.id"
                        + (f.product() == null ? "" : " JOIN account a ON a.id = ca.account_id")
                        + " WHERE c.team_id IN " + in(teams)
                        + " AND c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?)")
                .with(Date.valueOf(to), Date.valueOf(from));
        if (f.agentId() != null) {
            sql.append(" AND c.assigned_agent_id = ?").with(f.agentId());
        }
        if (f.product() != null) {
            sql.append(" AND a.product = ?").with(f.product().name());
        }
        if (onlyAccounts != null) {
            sql.append(" AND ca.account_id IN (").append(onlyAccounts).append(")");
        }
        return sql.append(" GROUP BY c.assigned_agent_id, ca.account_id");
    }

    /** An account's bucket on a date: after its last move until then; else before its first move after; else now. */
    static Sql bucketOn(String account, LocalDate day) {
        return new Sql("COALESCE((SELECT m.to_bucket FROM bucket_move m WHERE m.account_id = " + account
                        + " AND m.moved_on <= ? ORDER BY m.moved_on DESC, m.id DESC FETCH FIRST 1 ROWS ONLY),"
                        + " (SELECT m.from_bucket FROM bucket_move m WHERE m.account_id = " + account
                        + " AND m.moved_on > ? ORDER BY m.moved_on, m.id FETCH FIRST 1 ROWS ONLY),"
                        + " (SELECT a2.bucket FROM account a2 WHERE a2.id = " + account + "))")
                .with(Date.valueOf(day), Date.valueOf(day));
    }

    /**
     * agent_id, account_id, case_id, fb (bucket on from), tb (bucket on to) of the scope's accounts; the
     * buckets from the day facts where they exist, as in {@link #accountFigures}.
     */
    private Sql rollRows(List<Long> teams, DashboardFilter f) {
        boolean fromFacts = factsTaken(teams, f.from()) != null;
        boolean toFacts = factsTaken(teams, f.to()) != null;
        var sql = new Sql("SELECT s.agent_id, s.account_id, s.case_id, ")
                .append(bucketOn(fromFacts, "ff", "mf", f.from()))
                .append(" AS fb, ")
                .append(bucketOn(toFacts, "ft", "mt", f.to()))
                .append(" AS tb FROM (")
                .append(scopeAccounts(teams, f, f.from(), f.to()))
                .append(") s");
        if (fromFacts) {
            sql.append(dayFacts("ff", "mf", teams, f.from()));
        }
        if (toFacts) {
            sql.append(dayFacts("ft", "mt", teams, f.to()));
        }
        return sql;
    }

    /**
     * The bucket of account {@code s.account_id} on {@code day}: with the day's facts (joined as {@code
     * facts}, the day's moves as {@code moves}), the move dated that day, else the facts' bucket; live
     * for an account the facts lack.
     */
    private static Sql bucketOn(boolean withFacts, String facts, String moves, LocalDate day) {
        return new Sql(withFacts ? "COALESCE(" + moves + ".to_bucket, " + facts + ".bucket, " : "COALESCE(")
                .append(bucketOn("s.account_id", day))
                .append(")");
    }

    private Sql drillSql(List<Long> teams, DashboardFilter f, Drill drill) {
        if (drill.kind() == Drill.Kind.ROLL) {
            return new Sql("SELECT r.agent_id, r.account_id, r.case_id, r.fb, r.tb FROM (")
                    .append(rollRows(teams, f))
                    .append(") r WHERE r.fb = ? AND r.tb = ?")
                    .with(drill.from().name(), drill.to().name());
        }
        var sql = new Sql("SELECT c.assigned_agent_id AS agent_id, a.id AS account_id, c.id AS case_id,"
                        + " a.bucket AS fb, a.bucket AS tb FROM collection_case c"
                        + " JOIN collection_case_account ca ON ca.case_id = c.id JOIN account a ON a.id = ca.account_id"
                        + " WHERE c.status = 'OPEN' AND c.team_id IN " + in(teams) + " AND a.bucket = ?")
                .with(drill.from().name());
        if (f.agentId() != null) {
            sql.append(" AND c.assigned_agent_id = ?").with(f.agentId());
        }
        if (f.product() != null) {
            sql.append(" AND a.product = ?").with(f.product().name());
        }
        return sql;
    }

    // ---------------------------------------------------------------- figures

    private LocalDate latestSnapshot(List<Long> teams, LocalDate to) {
        var day = new Sql("SELECT MAX(snapshot_on) FROM portfolio_snapshot WHERE team_id IN " + in(teams)
                        + " AND snapshot_on <= ?")
                .with(Date.valueOf(to))
                .query(em)
                .getSingleResult();
        return day == null ? null : toLocalDate(day);
    }

    private Sql snapshotWhere(List<Long> teams, DashboardFilter f) {
        var sql = new Sql(" WHERE team_id IN " + in(teams));
        if (f.agentId() != null) {
            sql.append(" AND agent_id = ?").with(f.agentId());
        }
        if (f.product() != null) {
            sql.append(" AND product = ?").with(f.product().name());
        }
        return sql;
    }

    private List<DashboardView.BucketRow> portfolio(
            List<Long> teams, DashboardFilter f, LocalDate day, Map<Long, Tally> tallies) {
        var byBucket = new TreeMap<AgingBucket, BigDecimal[]>();
        var sql = new Sql("SELECT agent_id, bucket, SUM(accounts), SUM(balance) FROM portfolio_snapshot")
                .append(snapshotWhere(teams, f))
                .append(" AND snapshot_on = ? GROUP BY agent_id, bucket")
                .with(Date.valueOf(day));
        each(sql, r -> {
            var bucket = AgingBucket.valueOf(trim(r[1]));
            long accounts = ((Number) r[2]).longValue();
            var balance = decimal(r[3]);
            var sum = byBucket.computeIfAbsent(bucket, b -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(BigDecimal.valueOf(accounts));
            sum[1] = sum[1].add(balance);
            var tally = tally(tallies, r[0]);
            tally.accounts += accounts;
            tally.balance = tally.balance.add(balance);
        });
        var rows = new ArrayList<DashboardView.BucketRow>();
        for (var bucket : AgingBucket.values()) {
            var sum = byBucket.get(bucket);
            rows.add(new DashboardView.BucketRow(
                    bucket, sum == null ? 0 : sum[0].longValue(), sum == null ? BigDecimal.ZERO : sum[1]));
        }
        return rows;
    }

    private List<DashboardView.TrendPoint> trend(List<Long> teams, DashboardFilter f, LocalDate last) {
        // The last TREND_NIGHTS snapshot dates up to the last one (one snapshot per business night).
        List<?> days = new Sql("SELECT DISTINCT snapshot_on FROM portfolio_snapshot WHERE team_id IN " + in(teams)
                        + " AND snapshot_on <= ? ORDER BY snapshot_on DESC FETCH FIRST " + TREND_NIGHTS
                        + " ROWS ONLY")
                .with(Date.valueOf(last))
                .query(em)
                .getResultList();
        if (days.isEmpty()) {
            return List.of();
        }
        var first = days.stream()
                .map(Dashboard::toLocalDate)
                .min(LocalDate::compareTo)
                .orElseThrow();
        var points = new ArrayList<DashboardView.TrendPoint>();
        var sql = new Sql("SELECT snapshot_on, bucket, SUM(accounts), SUM(balance) FROM portfolio_snapshot")
                .append(snapshotWhere(teams, f))
                .append(" AND snapshot_on >= ? AND snapshot_on <= ? GROUP BY snapshot_on, bucket ORDER BY snapshot_on")
                .with(Date.valueOf(first), Date.valueOf(last));
        each(
                sql,
                r -> points.add(new DashboardView.TrendPoint(
                        toLocalDate(r[0]),
                        AgingBucket.valueOf(trim(r[1])),
                        ((Number) r[2]).longValue(),
                        decimal(r[3]))));
        return points;
    }

    /**
     * One pass over the scope's accounts: its buckets on both dates (the roll matrix), what was paid in
     * the period and is still owed (recovery), its cures in the period and whether it is now current
     * without credit conditions (mobility); summed per agent and cell.
     *
     * <p>Where the nightly facts of a date exist ({@link AccountDays}, {@link FactDays}) an account's
     * bucket on it is read from them (corrected by a move dated that day), and the money of the default
     * period from the facts of {@code to}; an account the facts lack is computed live, as every account
     * was before, so the figures are the same either way. Cures are read by date, not per account.
     */
    private void accountFigures(List<Long> teams, DashboardFilter f, Map<Long, Tally> tallies) {
        var from = Date.valueOf(f.from());
        var to = Date.valueOf(f.to());
        boolean fromFacts = factsTaken(teams, f.from()) != null;
        var toFacts = factsTaken(teams, f.to());
        boolean money = toFacts != null
                && FactDays.moneyServes(
                        f.from(), f.to(), toFacts.windowDays(), toFacts.exact(), importedSince(toFacts));
        var sql = new Sql("SELECT r.agent_id, r.fb, r.tb, COUNT(*), SUM(r.collected), SUM(r.outstanding),"
                + " SUM(r.cures), SUM(r.mobile) FROM (SELECT s.agent_id, ");
        sql.append(bucketOn(fromFacts, "ff", "mf", f.from()))
                .append(" AS fb, ")
                .append(bucketOn(toFacts != null, "ft", "mt", f.to()))
                .append(" AS tb, COALESCE(")
                .append(money ? "ft.collected, " : "")
                .append("(SELECT SUM(p.amount) FROM payment p WHERE p.account_id = s.account_id"
                        + " AND p.paid_on >= ? AND p.paid_on <= ?), 0) AS collected, COALESCE(")
                .with(from, to)
                .append(money ? "ft.unpaid_due, " : "")
                .append("(SELECT SUM(CASE WHEN b.amount_due > b.amount_paid THEN b.amount_due - b.amount_paid"
                        + " ELSE 0 END) FROM bill b WHERE b.account_id = s.account_id AND b.due_date <= ?), 0)"
                        + " AS outstanding, COALESCE(cu.cures, 0) AS cures,"
                        // The account row only for the few cured accounts: is it now current and free?
                        + " CASE WHEN cu.cures IS NULL THEN 0 ELSE cu.cures * (SELECT CASE WHEN a.bucket = 'CURRENT'"
                        + " AND a.credit_limit_reduced = FALSE AND a.new_charges_blocked = FALSE THEN 1 ELSE 0 END"
                        + " FROM account a WHERE a.id = s.account_id) END AS mobile FROM (")
                .with(to)
                .append(scopeAccounts(teams, f, f.from(), f.to()))
                .append(") s");
        if (fromFacts) {
            sql.append(dayFacts("ff", "mf", teams, f.from()));
        }
        if (toFacts != null) {
            sql.append(dayFacts("ft", "mt", teams, f.to()));
        }
        // Cures of the period, found by date.
        sql.append(" LEFT JOIN (SELECT m.account_id, COUNT(*) AS cures FROM bucket_move m WHERE m.moved_on >= ?"
                        + " AND m.moved_on <= ? AND m.to_bucket = 'CURRENT' AND m.from_bucket <> 'CURRENT'"
                        + " GROUP BY m.account_id) cu"
                        + " ON cu.account_id = s.account_id) r GROUP BY r.agent_id, r.fb, r.tb")
                .with(from, to);
        each(sql, r -> {
            var t = tally(tallies, r[0]);
            t.rolls.add(AgingBucket.valueOf(trim(r[1])), AgingBucket.valueOf(trim(r[2])), ((Number) r[3]).longValue());
            t.collected = t.collected.add(decimal(r[4]));
            t.outstanding = t.outstanding.add(decimal(r[5]));
            t.cures += ((Number) r[6]).longValue();
            t.mobile += ((Number) r[7]).longValue();
        });
    }

    /** The facts of {@code day} of the scope's teams (alias {@code facts}) and the moves dated that day ({@code moves}). */
    private static Sql dayFacts(String facts, String moves, List<Long> teams, LocalDate day) {
        return new Sql(" LEFT JOIN dashboard_account_day " + facts + " ON " + facts + ".fact_on = ? AND " + facts
                        + ".team_id IN " + in(teams) + " AND " + facts + ".account_id = s.account_id"
                        + " LEFT JOIN (SELECT account_id, to_bucket FROM bucket_move WHERE moved_on = ?) " + moves
                        + " ON " + moves + ".account_id = s.account_id")
                .with(Date.valueOf(day), Date.valueOf(day));
    }

    private record FactsTaken(java.time.LocalDateTime takenAt, int windowDays, boolean exact) {}

    /** When the facts of {@code day} were taken for every one of the teams (the earliest), or null if not for all. */
    private FactsTaken factsTaken(List<Long> teams, LocalDate day) {
        List<?> rows = new Sql("SELECT COUNT(*), MIN(taken_at), MIN(window_days), MAX(window_days),"
                        + " SUM(CASE WHEN money_exact THEN 0 ELSE 1 END) FROM dashboard_fact_day WHERE fact_on = ?"
                        + " AND team_id IN " + in(teams))
                .with(Date.valueOf(day))
                .query(em)
                .getResultList();
        var r = (Object[]) rows.get(0);
        if (((Number) r[0]).longValue() < teams.size()) {
            return null;
        }
        var takenAt = r[1] instanceof Timestamp t
                ? t.toLocalDateTime()
                : r[1] instanceof java.time.LocalDateTime time
                        ? time
                        : Timestamp.valueOf(r[1].toString()).toLocalDateTime();
        boolean sameWindow = ((Number) r[2]).intValue() == ((Number) r[3]).intValue();
        return new FactsTaken(takenAt, ((Number) r[2]).intValue(), sameWindow && ((Number) r[4]).longValue() == 0);
    }

    /** Whether an import was requested since the facts were taken (payments and bills change only by imports). */
    private boolean importedSince(FactsTaken facts) {
        var n = new Sql("SELECT COUNT(*) FROM import_run WHERE requested_at >= ?")
                .with(Timestamp.valueOf(facts.takenAt()))
                .query(em)
                .getSingleResult();
        return ((Number) n).longValue() > 0;
    }

    private void promises(List<Long> teams, DashboardFilter f, Map<Long, Tally> tallies) {
        var sql = new Sql("SELECT p.made_by_agent_id, COUNT(*),"
                        + " SUM(CASE WHEN p.status = 'KEPT' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.status = 'PARTIAL' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.status = 'BROKEN' THEN 1 ELSE 0 END),"
                        + " SUM(p.amount), SUM(p.amount_paid)"
                        + " FROM promise_to_pay p JOIN collection_case c ON c.id = p.case_id"
                        + " JOIN account a ON a.id = p.account_id WHERE c.team_id IN " + in(teams)
                        + " AND p.made_on >= ? AND p.made_on <= ?")
                .with(Date.valueOf(f.from()), Date.valueOf(f.to()));
        actorAndProduct(sql, f, "p.made_by_agent_id").append(" GROUP BY p.made_by_agent_id");
        each(sql, r -> {
            var t = tally(tallies, r[0]);
            t.promisesMade += ((Number) r[1]).longValue();
            t.promisesKept += ((Number) r[2]).longValue();
            t.promisesPartial += ((Number) r[3]).longValue();
            t.promisesBroken += ((Number) r[4]).longValue();
            t.promisedAmount = t.promisedAmount.add(decimal(r[5]));
            t.promisePaidAmount = t.promisePaidAmount.add(decimal(r[6]));
        });
    }

    private void arrangements(List<Long> teams, DashboardFilter f, Map<Long, Tally> tallies) {
        var sql = new Sql("SELECT pa.requested_by_agent_id,"
                        + " SUM(CASE WHEN pa.status = 'ACTIVE' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN pa.status = 'COMPLETED' AND pa.ended_on >= ? AND pa.ended_on <= ? THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN pa.status = 'BROKEN' AND pa.ended_on >= ? AND pa.ended_on <= ? THEN 1 ELSE 0 END)"
                        + " FROM payment_arrangement pa JOIN collection_case c ON c.id = pa.case_id"
                        + " JOIN account a ON a.id = pa.account_id WHERE c.team_id IN " + in(teams)
                        + " AND (pa.status = 'ACTIVE' OR pa.ended_on >= ?)")
                .with(Date.valueOf(f.from()), Date.valueOf(f.to()), Date.valueOf(f.from()), Date.valueOf(f.to()))
                .with(Date.valueOf(f.from()));
        actorAndProduct(sql, f, "pa.requested_by_agent_id").append(" GROUP BY pa.requested_by_agent_id");
        each(sql, r -> {
            var t = tally(tallies, r[0]);
            t.arrangementsActive += ((Number) r[1]).longValue();
            t.arrangementsKept += ((Number) r[2]).longValue();
            t.arrangementsBroken += ((Number) r[3]).longValue();
        });
    }

    private void contacts(List<Long> teams, DashboardFilter f, Map<Long, Tally> tallies) {
        // Counted per agent and day first: the agent-days are then the number of such groups.
        var sql = new Sql("SELECT d.agent_id, SUM(d.attempts), SUM(d.right_party), SUM(d.contacts), COUNT(*) FROM"
                        + " (SELECT co.agent_id AS agent_id, CAST(co.contact_at AS DATE) AS contact_day,"
                        + " SUM(CASE WHEN co.direction = 'OUTBOUND' THEN 1 ELSE 0 END) AS attempts,"
                        + " SUM(CASE WHEN co.direction = 'OUTBOUND' AND co.outcome = 'RIGHT_PARTY' THEN 1 ELSE 0 END)"
                        + " AS right_party, COUNT(*) AS contacts"
                        + " FROM contact co JOIN collection_case c ON c.id = co.case_id"
                        + (f.product() == null ? "" : " LEFT JOIN account a ON a.id = co.account_id")
                        + " WHERE c.team_id IN " + in(teams)
                        + " AND co.contact_at >= ? AND co.contact_at < ?")
                .with(start(f.from()), start(f.to().plusDays(1)));
        actorAndProduct(sql, f, "co.agent_id")
                .append(" GROUP BY co.agent_id, CAST(co.contact_at AS DATE)) d GROUP BY d.agent_id");
        each(sql, r -> {
            var t = tally(tallies, r[0]);
            t.attempts += ((Number) r[1]).longValue();
            t.rightPartyContacts += ((Number) r[2]).longValue();
            t.contacts += ((Number) r[3]).longValue();
            t.agentDays += ((Number) r[4]).longValue();
        });
    }

    /**
     * Refusals are audit events of the agent who tried: the contact guard's (a contact or a message) and
     * the tone check's (a message's text), told apart by their type. Their subject is an account (by its
     * core-bank id) or a case (by id): the product filter keeps those of an account of the product.
     */
    private void refusals(List<Long> teams, DashboardFilter f, Map<Long, Tally> tallies) {
        var guardRefusal = "e.event_type IN ('CONTACT_REFUSED', 'MESSAGE_REFUSED')";
        var sql = new Sql("SELECT g.id, SUM(CASE WHEN " + guardRefusal + " THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN " + guardRefusal + " THEN 0 ELSE 1 END)"
                        + " FROM audit_event e JOIN app_user u ON u.username = e.actor JOIN agent g ON g.user_id = u.id"
                        + " WHERE e.event_type IN ('CONTACT_REFUSED', 'MESSAGE_REFUSED', 'MESSAGE_TONE_REFUSED')"
                        + " AND g.team_id IN " + in(teams)
                        + " AND e.occurred_at >= ? AND e.occurred_at < ?")
                .with(start(f.from()), start(f.to().plusDays(1)));
        if (f.agentId() != null) {
            sql.append(" AND g.id = ?").with(f.agentId());
        }
        if (f.product() != null) {
            sql.append(" AND (EXISTS (SELECT 1 FROM account a WHERE e.subject_type = 'ACCOUNT'"
                            + " AND a.external_id = e.subject_id AND a.product = ?)"
                            + " OR EXISTS (SELECT 1 FROM collection_case_account ca JOIN account a ON a.id = ca.account_id"
                            + " WHERE ca.case_id = CASE WHEN e.subject_type = 'CASE' THEN CAST(e.subject_id AS BIGINT) END"
                            + " AND a.product = ?))")
                    .with(f.product().name(), f.product().name());
        }
        sql.append(" GROUP BY g.id");
        each(sql, r -> {
            var t = tally(tallies, r[0]);
            t.guardRefusals += ((Number) r[1]).longValue();
            t.toneRefusals += ((Number) r[2]).longValue();
        });
    }

    private void retention(List<Long> teams, DashboardFilter f, Map<Long, Tally> tallies) {
        var cohortFrom = f.from().minusDays(RETENTION_DAYS);
        var cohortTo = f.to().minusDays(RETENTION_DAYS);
        var cure = " m.to_bucket = 'CURRENT' AND m.from_bucket <> 'CURRENT' AND m.moved_on >= ? AND m.moved_on <= ?";
        // The scope is read only for the accounts cured in the cohort's window (found by date).
        var cured = new Sql("SELECT m.account_id FROM bucket_move m WHERE" + cure)
                .with(Date.valueOf(cohortFrom), Date.valueOf(cohortTo));
        var sql = new Sql("SELECT s.agent_id, COUNT(*), SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM bucket_move m2"
                        + " WHERE m2.account_id = m.account_id AND m2.moved_on > m.moved_on AND m2.moved_on <= ?"
                        + " AND m2.to_bucket <> 'CURRENT') THEN 1 ELSE 0 END) FROM (")
                .with(Date.valueOf(f.to()))
                .append(scopeAccounts(teams, f, cohortFrom, f.to(), cured))
                .append(") s JOIN bucket_move m ON m.account_id = s.account_id WHERE" + cure + " GROUP BY s.agent_id")
                .with(Date.valueOf(cohortFrom), Date.valueOf(cohortTo));
        each(sql, r -> {
            var t = tally(tallies, r[0]);
            t.curedCohort += ((Number) r[1]).longValue();
            t.retained += ((Number) r[2]).longValue();
        });
    }

    /** Reviews of the agent's work (calibration reviews left out); by product: of a call on such an account. */
    private void quality(List<Long> teams, DashboardFilter f, Map<Long, Tally> tallies) {
        var submitted = "q.submitted_at >= ? AND q.submitted_at < ? AND q.score IS NOT NULL";
        var sql = new Sql("SELECT q.agent_id, SUM(CASE WHEN " + submitted + " THEN q.score ELSE 0 END),"
                        + " SUM(CASE WHEN " + submitted + " THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN q.disputed_at >= ? AND q.disputed_at < ? THEN 1 ELSE 0 END)"
                        + " FROM quality_review q JOIN agent g ON g.id = q.agent_id WHERE g.team_id IN " + in(teams)
                        + " AND q.calibration_session_id IS NULL AND (q.submitted_at >= ? OR q.disputed_at >= ?)")
                .with(start(f.from()), start(f.to().plusDays(1)), start(f.from()), start(f.to().plusDays(1)))
                .with(start(f.from()), start(f.to().plusDays(1)), start(f.from()), start(f.from()));
        if (f.agentId() != null) {
            sql.append(" AND q.agent_id = ?").with(f.agentId());
        }
        if (f.product() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM contact c JOIN account a ON a.id = c.account_id"
                            + " WHERE c.id = q.contact_id AND a.product = ?)")
                    .with(f.product().name());
        }
        sql.append(" GROUP BY q.agent_id");
        each(sql, r -> {
            var t = tally(tallies, r[0]);
            t.reviewScoreSum = t.reviewScoreSum.add(decimal(r[1]));
            t.reviews += ((Number) r[2]).longValue();
            t.disputes += ((Number) r[3]).longValue();
        });
    }

    private static Sql actorAndProduct(Sql sql, DashboardFilter f, String actorColumn) {
        if (f.agentId() != null) {
            sql.append(" AND " + actorColumn + " = ?").with(f.agentId());
        }
        if (f.product() != null) {
            sql.append(" AND a.product = ?").with(f.product().name());
        }
        return sql;
    }

    // ---------------------------------------------------------------- plumbing

    private void each(Sql sql, Consumer<Object[]> row) {
        List<?> rows = sql.query(em).getResultList();
        for (var r : rows) {
            row.accept(r instanceof Object[] columns ? columns : new Object[] {r});
        }
    }

    private static Tally tally(Map<Long, Tally> tallies, Object agentId) {
        var id = agentId == null ? null : ((Number) agentId).longValue();
        return tallies.computeIfAbsent(id, key -> new Tally());
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay());
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static String trim(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        if (value instanceof java.util.Date day) {
            return new java.sql.Date(day.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    /** Native SQL with its positional parameters in order of appearance. */
    static final class Sql {
        private final StringBuilder text;
        private final List<Object> parameters = new ArrayList<>();

        Sql(String text) {
            this.text = new StringBuilder(text);
        }

        Sql append(String more) {
            text.append(more);
            return this;
        }

        Sql append(Sql more) {
            text.append(more.text);
            parameters.addAll(more.parameters);
            return this;
        }

        Sql with(Object... values) {
            parameters.addAll(List.of(values));
            return this;
        }

        jakarta.persistence.Query query(EntityManager em) {
            var query = em.createNativeQuery(text.toString());
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }
}
