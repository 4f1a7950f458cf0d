package com.acuerdo.bench;

import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Fills the real schema (made by the application's migrations) with a generated portfolio, set-based
 * in PostgreSQL ({@code generate_series}, {@code INSERT … SELECT}) and in ONE transaction, so a failed
 * run leaves nothing behind:
 *
 * <ul>
 *   <li>clients (4 for every 5 accounts: one in four holds two) in the five jurisdictions and their
 *       zones, languages and currencies;
 *   <li>accounts of the five products; bills ({@code billsPerAccount} each, monthly) consistent
 *       with the account's days past due (the oldest unpaid bill falls due that many days before the
 *       business date); one payment, allocated, per paid bill;
 *   <li>about 17 % of the clients delinquent (more if the agents' cases need it), each with one open
 *       case over their accounts: bucket, objective, priority score with its parts;
 *   <li>{@code agents} bench users (role AGENT, password {@link BenchSettings#PASSWORD}) in one team,
 *       each holding {@code casesPerAgent} open cases with contact history (calls in the last weeks),
 *       promises (broken and open, some due today), a few restrictions and callbacks.
 * </ul>
 *
 * Ids come from the tables' sequences, which are moved past the generated blocks, so the running
 * application keeps allocating free ids. A portfolio already generated with the same settings is
 * found (team "Bench team" and its last account) and kept; a different one is refused.
 */
public final class PortfolioGenerator {

    static final String TEAM = "Bench team";

    private static final String[] FIRST_NAMES = {
        "Ana", "Luis", "María", "José", "Carmen", "Jorge", "Lucía", "Carlos", "Sofía", "Miguel", "Elena", "Pedro",
        "Laura", "Andrés", "Paula", "Diego", "Isabel", "Javier", "Camila", "Raúl", "Emily", "James", "Olivia", "Daniel"
    };
    private static final String[] LAST_NAMES = {
        "García", "Martínez", "López", "Hernández", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Torres",
        "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez",
        "Ramos", "Vargas", "Castillo", "Jiménez", "Moreno", "Rojas", "Smith", "Johnson", "Brown", "Miller"
    };

    private final BenchSettings settings;

    public PortfolioGenerator(BenchSettings settings) {
        this.settings = settings;
    }

    /** The database of the application under test: the same variables the postgresql profile uses. */
    public static Connection connect() throws SQLException {
        var url = System.getenv("ACUERDO_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(
                    "The benchmark needs PostgreSQL: set ACUERDO_DB_URL, ACUERDO_DB_USER and ACUERDO_DB_PASSWORD"
                            + " (see README, Benchmarks)");
        }
        return DriverManager.getConnection(url, System.getenv("ACUERDO_DB_USER"), System.getenv("ACUERDO_DB_PASSWORD"));
    }

    /** Generates the portfolio unless it is there already; returns a one-line account of what it did. */
    public String ensure() throws SQLException {
        try (var db = connect()) {
            var existing = existing(db);
            if (existing != null) {
                return existing;
            }
            long started = System.nanoTime();
            db.setAutoCommit(false);
            try {
                var steps = generate(db);
                db.commit();
                db.setAutoCommit(true);
                analyze(db, steps);
                var took = Duration.ofNanos(System.nanoTime() - started);
                var line = new StringBuilder("generated " + settings + " in " + seconds(took) + " s:");
                steps.forEach((step, time) ->
                        line.append(' ').append(step).append('=').append(time));
                return line.toString();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** Null when nothing was generated yet; a description when this portfolio exists; fails on another. */
    private String existing(Connection db) throws SQLException {
        if (BenchSql.count(db, "SELECT COUNT(*) FROM team WHERE name = '" + TEAM + "'") == 0) {
            return null;
        }
        boolean lastAccount = BenchSql.count(
                        db,
                        "SELECT COUNT(*) FROM account WHERE external_id = 'BENCH-A-" + (settings.accounts() - 1) + "'")
                == 1;
        boolean beyond = BenchSql.count(
                        db, "SELECT COUNT(*) FROM account WHERE external_id = 'BENCH-A-" + settings.accounts() + "'")
                == 1;
        boolean bills = BenchSql.count(
                                db,
                                "SELECT COUNT(*) FROM bill WHERE external_id = 'BENCH-B-0-"
                                        + (settings.billsPerAccount() - 1) + "'")
                        == 1
                && BenchSql.count(
                                db,
                                "SELECT COUNT(*) FROM bill WHERE external_id = 'BENCH-B-0-" + settings.billsPerAccount()
                                        + "'")
                        == 0;
        long agents = BenchSql.count(
                db, "SELECT COUNT(*) FROM agent a JOIN team t ON t.id = a.team_id WHERE t.name = '" + TEAM + "'");
        long held = BenchSql.count(
                db,
                "SELECT MIN(n) FROM (SELECT COUNT(*) n FROM collection_case c JOIN agent a ON a.id = c.assigned_agent_id"
                        + " JOIN team t ON t.id = a.team_id WHERE t.name = '" + TEAM
                        + "' AND c.status = 'OPEN' GROUP BY a.id) x");
        if (!lastAccount || beyond || !bills || agents != settings.agents() || held < 1) {
            throw new IllegalStateException(
                    "This database holds another bench portfolio (accounts, bills per account or agents"
                            + " differ from " + settings + "): use a fresh database (README, Benchmarks)");
        }
        return "portfolio already generated (" + settings.accounts() + " accounts, " + settings.billsPerAccount()
                + " bills each, " + agents + " agents holding at least " + held + " open cases each): kept";
    }

    private Map<String, String> generate(Connection db) throws SQLException {
        var steps = new LinkedHashMap<String, String>();
        long accounts = settings.accounts();
        long customers = (accounts - 1) * 4 / 5 + 1;
        int bills = settings.billsPerAccount();
        int agents = settings.agents();
        long held = (long) agents * settings.casesPerAgent();
        // Delinquent clients: 17 %, or as many as the agents' cases need.
        long rate = Math.min(100, Math.max(17, (held * 100 + customers - 1) / customers + 1));

        try (var st = db.createStatement()) {
            st.execute("SET LOCAL synchronous_commit = off");
            st.execute("SET LOCAL work_mem = '128MB'");
        }
        var today = LocalDate.parse(BenchSql.text(db, "SELECT current_date_value FROM business_date WHERE id = 1"));
        var v = new LinkedHashMap<String, String>();
        v.put("today", "DATE '" + today + "'");
        v.put("now", "(now() AT TIME ZONE 'UTC')");
        v.put("N", Long.toString(accounts));
        v.put("C", Long.toString(customers));
        v.put("B", Integer.toString(bills));
        v.put("A", Integer.toString(agents));
        v.put("K", Integer.toString(settings.casesPerAgent()));
        v.put("HELD", Long.toString(held));
        v.put("RATE", Long.toString(rate));
        v.put("cb", reserve(db, "customer_seq", customers));
        v.put("ab", reserve(db, "account_seq", accounts));
        v.put("bb", reserve(db, "bill_seq", accounts * bills));
        v.put("pb", reserve(db, "payment_seq", accounts * bills));
        v.put("qb", reserve(db, "payment_allocation_seq", accounts * bills));
        v.put("kb", reserve(db, "collection_case_seq", customers));
        v.put("ctb", reserve(db, "contact_seq", held * 3));
        v.put("pmb", reserve(db, "promise_to_pay_seq", held * 2));
        v.put("rb", reserve(db, "contact_restriction_seq", held));
        v.put("ub", reserve(db, "app_user_seq", agents));
        v.put("gb", reserve(db, "agent_seq", agents));
        v.put("tb", reserve(db, "team_seq", 1));
        v.put("hash", hash(BenchSettings.PASSWORD));
        v.put("first", array(FIRST_NAMES));
        v.put("last", array(LAST_NAMES));

        run(
                db,
                steps,
                "regions",
                v,
                """
                CREATE TEMP TABLE bench_region (slot INT PRIMARY KEY, jurisdiction VARCHAR(16), currency CHAR(3),
                    zone VARCHAR(64), language VARCHAR(8)) ON COMMIT DROP;
                INSERT INTO bench_region VALUES
                  (0, 'MX', 'MXN', 'America/Mexico_City', 'ES'), (1, 'MX', 'MXN', 'America/Monterrey', 'ES'),
                  (2, 'MX', 'MXN', 'America/Tijuana', 'ES'), (3, 'MX', 'MXN', 'America/Cancun', 'ES'),
                  (4, 'MX', 'MXN', 'America/Merida', 'ES'), (5, 'MX', 'MXN', 'America/Mexico_City', 'ES'),
                  (6, 'CO', 'COP', 'America/Bogota', 'ES'), (7, 'CO', 'COP', 'America/Bogota', 'ES'),
                  (8, 'CO', 'COP', 'America/Bogota', 'ES'), (9, 'CO', 'COP', 'America/Bogota', 'ES'),
                  (10, 'CO', 'COP', 'America/Bogota', 'ES'), (11, 'CL', 'CLP', 'America/Santiago', 'ES'),
                  (12, 'CL', 'CLP', 'America/Santiago', 'ES'), (13, 'CL', 'CLP', 'America/Santiago', 'ES'),
                  (14, 'US', 'USD', 'America/New_York', 'EN'), (15, 'US', 'USD', 'America/Chicago', 'EN'),
                  (16, 'US', 'USD', 'America/Denver', 'ES'), (17, 'US', 'USD', 'America/Los_Angeles', 'ES'),
                  (18, 'DEFAULT', 'USD', 'America/Lima', 'ES'), (19, 'DEFAULT', 'USD', 'America/Panama', 'ES')
                """);
        run(
                db,
                steps,
                "customers",
                v,
                """
                INSERT INTO customer (id, external_id, full_name, national_id, email, phone, time_zone, language,
                    jurisdiction, consent_sms, consent_email, version)
                SELECT {cb} + k, 'BENCH-C-' || k,
                       ({first})[1 + (k / 20 + k % 7) % 24] || ' ' || ({last})[1 + (k / 3) % 30] || ' '
                           || ({last})[1 + (k / 90 + k % 11) % 30],
                       'BN' || lpad(k::text, 10, '0'), 'client' || k || '@bench.example',
                       '+1555' || lpad(k::text, 8, '0'), r.zone, r.language, r.jurisdiction, k % 3 <> 0, k % 2 = 0, 0
                FROM generate_series(0::bigint, {C} - 1) k JOIN bench_region r ON r.slot = k % 20
                """);
        run(
                db,
                steps,
                "accounts",
                v,
                """
                INSERT INTO account (id, external_id, customer_id, product, currency, opened_on, credit_limit,
                    credit_limit_currency, credit_limit_reduced, new_charges_blocked, days_past_due, bucket, aged_on, version)
                SELECT {ab} + s.i, 'BENCH-A-' || s.i, {cb} + s.k,
                       (ARRAY['CREDIT_CARD', 'CREDIT_CARD', 'CREDIT_CARD', 'CREDIT_CARD', 'PERSONAL_LOAN', 'PERSONAL_LOAN',
                              'AUTO_LOAN', 'MORTGAGE', 'OVERDRAFT', 'OVERDRAFT'])[1 + s.i % 10],
                       r.currency, {today} - (400 + (s.i % 2000))::int,
                       (CASE r.currency WHEN 'MXN' THEN 18 WHEN 'COP' THEN 4000 WHEN 'CLP' THEN 900 ELSE 1 END)
                           * (1000 + (s.i % 20) * 500),
                       r.currency, FALSE, FALSE, s.dpd,
                       CASE WHEN s.dpd = 0 THEN 'CURRENT' WHEN s.dpd < 30 THEN 'DPD_1_29' WHEN s.dpd < 60 THEN 'DPD_30_59'
                            WHEN s.dpd < 90 THEN 'DPD_60_89' WHEN s.dpd < 120 THEN 'DPD_90_119'
                            WHEN s.dpd < 180 THEN 'DPD_120_179' ELSE 'DPD_180_PLUS' END,
                       {today}, 0
                FROM (SELECT i, i * 4 / 5 AS k,
                             CASE WHEN ((i * 4 / 5) * 7919 + 13) % 100 < {RATE}
                                  -- early buckets hold most clients, every bucket has some
                                  THEN 1 + floor(239 * power(((i * 2654435761) % 1000) / 1000.0, 2))::int
                                  ELSE 0 END AS dpd
                      FROM generate_series(0::bigint, {N} - 1) i) s
                JOIN bench_region r ON r.slot = s.k % 20
                """);
        run(
                db,
                steps,
                "bills",
                v,
                """
                INSERT INTO bill (id, external_id, account_id, due_date, amount_due, amount_due_currency, amount_paid,
                    amount_paid_currency, version)
                SELECT {bb} + s.i * {B} + j, 'BENCH-B-' || s.i || '-' || j, s.id, x.due, x.amount, s.cur,
                       CASE WHEN j < s.unpaid_from THEN x.amount ELSE 0 END, s.cur, 0
                FROM (SELECT a.id, a.id - {ab} AS i, a.currency AS cur, a.days_past_due AS dpd,
                             -- the bills that fell due since the client stopped paying are unpaid
                             CASE WHEN a.days_past_due = 0 THEN {B}
                                  ELSE {B} - LEAST({B}, 1 + a.days_past_due / 30) END AS unpaid_from
                      FROM account a WHERE a.id BETWEEN {ab} AND {ab} + {N} - 1) s
                CROSS JOIN generate_series(0, {B} - 1) j
                CROSS JOIN LATERAL (
                    SELECT (CASE s.cur WHEN 'MXN' THEN 18 WHEN 'COP' THEN 4000 WHEN 'CLP' THEN 900 ELSE 1 END)
                               * (40 + (s.i * 13 + j * 7) % 160) AS amount,
                           CASE WHEN s.dpd = 0 THEN {today} - 10 - ({B} - 1 - j) * 30
                                ELSE {today} - s.dpd + (j - s.unpaid_from) * 30 END AS due) x
                """);
        run(
                db,
                steps,
                "payments",
                v,
                """
                INSERT INTO payment (id, external_id, account_id, paid_on, amount, amount_currency, unallocated,
                    unallocated_currency, channel, version)
                SELECT {pb} + (b.id - {bb}), 'BENCH-P-' || substr(b.external_id, 9), b.account_id, b.due_date - 2,
                       b.amount_due, b.amount_due_currency, 0, b.amount_due_currency,
                       (ARRAY['TRANSFER', 'ONLINE', 'BRANCH', 'DIRECT_DEBIT', 'CORRESPONDENT'])[1 + b.id % 5], 0
                FROM bill b WHERE b.id BETWEEN {bb} AND {bb} + {N} * {B} - 1 AND b.amount_paid > 0
                """);
        run(
                db,
                steps,
                "allocations",
                v,
                """
                INSERT INTO payment_allocation (id, payment_id, bill_id, amount, amount_currency)
                SELECT {qb} + (b.id - {bb}), {pb} + (b.id - {bb}), b.id, b.amount_due, b.amount_due_currency
                FROM bill b WHERE b.id BETWEEN {bb} AND {bb} + {N} * {B} - 1 AND b.amount_paid > 0
                """);
        run(
                db,
                steps,
                "agents",
                v,
                """
                INSERT INTO app_user (id, username, display_name, password_hash, preferred_locale, time_zone, active,
                    created_at, version)
                SELECT {ub} + n, 'bench' || lpad((n + 1)::text, 3, '0'), 'Bench Agent ' || lpad((n + 1)::text, 3, '0'),
                       '{hash}', 'es', 'America/Bogota', TRUE, {now}, 0
                FROM generate_series(0, {A} - 1) n;
                INSERT INTO app_user_role (user_id, role_name) SELECT {ub} + n, 'AGENT' FROM generate_series(0, {A} - 1) n;
                INSERT INTO team (id, name, supervisor_user_id, version) VALUES ({tb}, 'Bench team', NULL, 0);
                INSERT INTO agent (id, user_id, display_name, team_id, capacity, shift_start, shift_end, active, version)
                SELECT {gb} + n, {ub} + n, 'Bench Agent ' || lpad((n + 1)::text, 3, '0'), {tb}, {K}, TIME '08:00',
                       TIME '17:00', TRUE, 0
                FROM generate_series(0, {A} - 1) n;
                INSERT INTO agent_language (agent_id, language)
                SELECT {gb} + n, l FROM generate_series(0, {A} - 1) n, unnest(ARRAY['ES', 'EN']) l;
                INSERT INTO agent_working_day (agent_id, day_of_week)
                SELECT {gb} + n, d FROM generate_series(0, {A} - 1) n,
                       unnest(ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']) d
                """);
        run(
                db,
                steps,
                "cases",
                v,
                """
                CREATE TEMP TABLE bench_case ON COMMIT DROP AS
                SELECT d.customer_id, d.max_dpd, d.r,
                       CASE WHEN d.r < {HELD} THEN {gb} + d.r % {A} END AS agent_id,
                       CASE WHEN d.r < {HELD} THEN {today} - (1 + (d.r % 6)::int) END AS last_day
                FROM (SELECT a.customer_id, MAX(a.days_past_due) AS max_dpd,
                             ROW_NUMBER() OVER (ORDER BY a.customer_id) - 1 AS r
                      FROM account a WHERE a.id BETWEEN {ab} AND {ab} + {N} - 1 AND a.days_past_due > 0
                      GROUP BY a.customer_id) d;
                INSERT INTO collection_case (id, customer_id, open_customer_id, status, opened_on, bucket, objective,
                    priority_score, assigned_agent_id, team_id, escalated, charge_off_candidate, last_contact_at,
                    next_callback_at, version)
                SELECT {kb} + c.r, c.customer_id, c.customer_id, 'OPEN', {today} - c.max_dpd, p.bucket, p.objective,
                       p.balance + p.dpd + p.risk + p.since, c.agent_id, CASE WHEN c.agent_id IS NOT NULL THEN {tb} END,
                       FALSE, c.max_dpd >= 180,
                       CASE WHEN c.last_day IS NOT NULL THEN c.last_day + TIME '15:00' + (c.r % 4) * INTERVAL '1 hour' END,
                       CASE WHEN c.agent_id IS NOT NULL AND c.r % 10 = 3 THEN {now} - INTERVAL '1 hour' END, 0
                FROM bench_case c
                CROSS JOIN LATERAL (SELECT
                    CASE WHEN c.max_dpd < 30 THEN 'DPD_1_29' WHEN c.max_dpd < 60 THEN 'DPD_30_59'
                         WHEN c.max_dpd < 90 THEN 'DPD_60_89' WHEN c.max_dpd < 120 THEN 'DPD_90_119'
                         WHEN c.max_dpd < 180 THEN 'DPD_120_179' ELSE 'DPD_180_PLUS' END AS bucket,
                    CASE WHEN c.max_dpd < 30 THEN 'REMIND' WHEN c.max_dpd < 60 THEN 'IDENTIFY_BARRIERS'
                         WHEN c.max_dpd < 90 THEN 'SECURE_COMMITMENT' WHEN c.max_dpd < 120 THEN 'PRESSURE'
                         ELSE 'CHANGE_CONDITIONS' END AS objective,
                    ROUND(((c.r * 37) % 2500) / 100.0, 2) AS balance,
                    ROUND(LEAST(30, c.max_dpd / 6.0), 2) AS dpd,
                    ROUND(((c.r * 17) % 1000) / 100.0, 2) AS risk,
                    CASE WHEN c.last_day IS NULL THEN 10 ELSE ROUND(({today} - c.last_day) * 0.5, 2) END AS since) p;
                INSERT INTO collection_case_priority_part (case_id, part_order, name, points)
                SELECT k.id, x.n, x.name, x.points
                FROM collection_case k
                CROSS JOIN LATERAL (VALUES (0, 'BALANCE', ROUND(((k.id - {kb}) * 37 % 2500) / 100.0, 2)),
                                           (1, 'DAYS_PAST_DUE', ROUND(LEAST(30, ({today} - k.opened_on) / 6.0), 2)),
                                           (2, 'RISK', ROUND(((k.id - {kb}) * 17 % 1000) / 100.0, 2)),
                                           (3, 'SINCE_LAST_CONTACT', k.priority_score
                                                - ROUND(((k.id - {kb}) * 37 % 2500) / 100.0, 2)
                                                - ROUND(LEAST(30, ({today} - k.opened_on) / 6.0), 2)
                                                - ROUND(((k.id - {kb}) * 17 % 1000) / 100.0, 2))) x(n, name, points)
                WHERE k.id BETWEEN {kb} AND {kb} + {C} - 1;
                INSERT INTO collection_case_account (case_id, account_id)
                SELECT {kb} + c.r, a.id FROM bench_case c JOIN account a ON a.customer_id = c.customer_id
                WHERE a.days_past_due > 0
                """);
        run(
                db,
                steps,
                "contacts",
                v,
                """
                INSERT INTO contact (id, case_id, customer_id, account_id, channel, direction, outcome, delay_reason,
                    agent_id, contact_at, notes, purpose, version)
                SELECT {ctb} + c.r * 3 + n, {kb} + c.r, c.customer_id, {ab} + (5 * (c.customer_id - {cb}) + 3) / 4,
                       'CALL', 'OUTBOUND',
                       (ARRAY['NO_ANSWER', 'RIGHT_PARTY', 'LEFT_MESSAGE'])[1 + n],
                       CASE WHEN n = 1 THEN (ARRAY['FORGOT', 'NO_STATEMENT', 'INCOME_LOSS', 'ILLNESS', 'OVERINDEBTED',
                                                   'SERVICE_COMPLAINT'])[1 + c.r % 6] END,
                       c.agent_id, c.last_day - n * 7 + TIME '15:00' + (c.r % 4) * INTERVAL '1 hour',
                       CASE WHEN n = 1 THEN 'Bench: el cliente explicó el motivo del atraso y pidió opciones.' END,
                       'COLLECTION', 0
                FROM bench_case c CROSS JOIN generate_series(0, 2) n
                WHERE c.agent_id IS NOT NULL
                """);
        run(
                db,
                steps,
                "promises",
                v,
                """
                INSERT INTO promise_to_pay (id, case_id, account_id, amount, amount_currency, due_on, made_on, made_at,
                    made_by_agent_id, status, amount_paid, amount_paid_currency, resolved_on, version)
                SELECT {pmb} + c.r * 2 + x.n, {kb} + c.r, a.id,
                       (CASE a.currency WHEN 'MXN' THEN 18 WHEN 'COP' THEN 4000 WHEN 'CLP' THEN 900 ELSE 1 END) * 50,
                       a.currency, x.due_on, x.made_on, x.made_on + TIME '16:00', c.agent_id, x.status, 0, a.currency,
                       x.resolved_on, 0
                FROM bench_case c
                JOIN account a ON a.id = {ab} + (5 * (c.customer_id - {cb}) + 3) / 4
                CROSS JOIN LATERAL (VALUES
                    (0, {today} - 10, {today} - 20, 'BROKEN', {today} - 9, c.r % 4 = 0),
                    (1, {today} + (c.r / 8 % 10)::int, {today} - 2, 'OPEN', NULL::date, c.r % 8 = 1))
                    x(n, due_on, made_on, status, resolved_on, wanted)
                WHERE c.agent_id IS NOT NULL AND x.wanted
                """);
        run(
                db,
                steps,
                "restrictions",
                v,
                """
                INSERT INTO contact_restriction (id, customer_id, account_id, restriction_type, from_date, until_date,
                    note, recorded_by, recorded_at, version)
                SELECT {rb} + c.r, c.customer_id, NULL, 'NO_SMS', {today} - 30, NULL, 'Bench: pidió no recibir SMS',
                       'bench', {now}, 0
                FROM bench_case c WHERE c.agent_id IS NOT NULL AND c.r % 97 = 0
                """);
        return steps;
    }

    private void analyze(Connection db, Map<String, String> steps) throws SQLException {
        long started = System.nanoTime();
        // As autovacuum would leave a production database: statistics, and visibility maps for index-only scans.
        try (var st = db.createStatement()) {
            for (var table : new String[] {
                "customer",
                "account",
                "bill",
                "payment",
                "payment_allocation",
                "collection_case",
                "collection_case_account",
                "collection_case_priority_part",
                "contact",
                "promise_to_pay",
                "contact_restriction",
                "app_user",
                "agent",
                "team"
            }) {
                st.execute("VACUUM (ANALYZE) " + table);
            }
        }
        steps.put("vacuum-analyze", seconds(Duration.ofNanos(System.nanoTime() - started)) + "s");
    }

    /** Takes a block of {@code size} ids from a sequence and moves it past the block. */
    private static String reserve(Connection db, String sequence, long size) throws SQLException {
        long base = Long.parseLong(BenchSql.text(db, "SELECT nextval('" + sequence + "')"));
        // EclipseLink reads a value as the start of its next block of 50: the next nextval is base+size+50.
        BenchSql.text(db, "SELECT setval('" + sequence + "', " + (base + size) + ")");
        return Long.toString(base);
    }

    private static void run(
            Connection db, Map<String, String> steps, String step, Map<String, String> values, String sql)
            throws SQLException {
        long started = System.nanoTime();
        long rows = 0;
        try (var st = db.createStatement()) {
            for (var statement : fill(sql, values).split(";\n")) {
                if (!statement.isBlank()) {
                    rows += Math.max(0, st.executeUpdate(statement));
                }
            }
        } catch (SQLException e) {
            throw new SQLException("bench generation failed at " + step + ": " + e.getMessage(), e);
        }
        var took = seconds(Duration.ofNanos(System.nanoTime() - started));
        steps.put(step, rows + " rows/" + took + "s");
        System.out.printf("[bench] %-12s %,10d rows in %s s%n", step, rows, took);
    }

    private static String fill(String sql, Map<String, String> values) {
        var filled = sql;
        for (var entry : values.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return filled;
    }

    private static String array(String[] values) {
        var out = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ")
                    .append('\'')
                    .append(values[i].replace("'", "''"))
                    .append('\'');
        }
        return out.append(']').toString();
    }

    /** The format of Jakarta Security's Pbkdf2PasswordHash with Acuerdo's settings (security.boundary.Passwords). */
    static String hash(String password) {
        try {
            var salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            var spec = new PBEKeySpec(password.toCharArray(), salt, 3072, 64 * 8);
            var key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(spec)
                    .getEncoded();
            var base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:3072:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (java.security.NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
