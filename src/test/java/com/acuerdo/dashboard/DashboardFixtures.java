package com.acuerdo.dashboard;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Payment;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketMove;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.PriorityPart;
import com.acuerdo.contact.boundary.ContactEvent;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.dashboard.boundary.AccountDays;
import com.acuerdo.dashboard.boundary.Dashboard;
import com.acuerdo.dashboard.boundary.DashboardFilter;
import com.acuerdo.dashboard.boundary.Drill;
import com.acuerdo.dashboard.boundary.PortfolioSnapshots;
import com.acuerdo.dashboard.control.Figures;
import com.acuerdo.message.boundary.MessageEvent;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.promise.entity.PromiseToPay;
import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.Team;
import com.acuerdo.testing.FixtureCases;
import com.acuerdo.testing.FixtureUsers;
import com.acuerdo.testing.Portfolio;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * TEST ONLY (DashboardIT's archive): a small known portfolio for a fresh team (supervisor, agents Ana
 * and Beto), its snapshot of today, and the dashboard's figures for it as {@code key=value} lines.
 * Business date D = today (never moved); the period is D−30 … D. The expected figures are worked out
 * by hand in DashboardIT.
 */
@Stateless
@Path("test-fixtures/dashboard")
@RolesAllowed(Role.Names.ADMIN)
public class DashboardFixtures {

    public static final String PASSWORD = "Tablero.2026";

    private static final Map<AgingBucket, Integer> DAYS = Map.of(
            AgingBucket.CURRENT, 0, AgingBucket.DPD_1_29, 1, AgingBucket.DPD_30_59, 30, AgingBucket.DPD_60_89, 60);

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Audit audit;

    @Inject
    PortfolioSnapshots snapshots;

    @Inject
    AccountDays accountDays;

    @Inject
    Dashboard dashboard;

    private String run;
    private LocalDate d;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String scenario() {
        run = UUID.randomUUID().toString().substring(0, 8);
        d = calendar.today();
        var supervisor = user("db-sup-" + run, "Sara Supervisora", Role.SUPERVISOR);
        var anaUser = user("db-ana-" + run, "Ana Tablero", Role.AGENT);
        var betoUser = user("db-beto-" + run, "Beto Tablero", Role.AGENT);
        var team = FixtureCases.team(em, "Tablero " + run, supervisor);
        var ana = FixtureCases.agent(em, anaUser, "Ana Tablero " + run, team, 100);
        var beto = FixtureCases.agent(em, betoUser, "Beto Tablero " + run, team, 100);
        em.flush();

        // account: agent, product, bills (due offset, amount), payment, bucket moves
        var acc1 = account(1, ana, team, Product.CREDIT_CARD, -40, "300.00", 20, "100.00");
        pay(acc1, "300.00", d.minusDays(10));
        var acc2 = account(2, ana, team, Product.CREDIT_CARD, -40, "400.00", 0, null);
        var acc3 = account(3, beto, team, Product.CREDIT_CARD, -15, "200.00", 0, null);
        pay(acc3, "50.00", d.minusDays(5));
        var acc4 = account(4, beto, team, Product.CREDIT_CARD, -35, "500.00", 0, null);
        var acc5 = account(5, beto, team, Product.PERSONAL_LOAN, -70, "600.00", 0, null);
        var acc6 = account(6, ana, team, Product.CREDIT_CARD, 10, "100.00", 0, null);
        var acc7 = account(7, beto, team, Product.CREDIT_CARD, -20, "250.00", 0, null);
        var acc8 = account(8, beto, team, Product.CREDIT_CARD, 5, "80.00", 0, null);
        acc8.reduceCreditLimit(d.minusDays(40));
        for (var account : List.of(acc1, acc2, acc3, acc4, acc5, acc6, acc7, acc8)) {
            account.age(d, Money.of("1.00", "MXN"), List.<PausePeriod>of());
        }
        em.flush();

        move(acc1, AgingBucket.CURRENT, AgingBucket.DPD_1_29, 40);
        move(acc1, AgingBucket.DPD_1_29, AgingBucket.CURRENT, 10);
        move(acc2, AgingBucket.CURRENT, AgingBucket.DPD_1_29, 50);
        move(acc2, AgingBucket.DPD_1_29, AgingBucket.DPD_30_59, 20);
        move(acc3, AgingBucket.CURRENT, AgingBucket.DPD_1_29, 45);
        move(acc4, AgingBucket.CURRENT, AgingBucket.DPD_1_29, 35);
        move(acc4, AgingBucket.DPD_1_29, AgingBucket.DPD_30_59, 5);
        move(acc6, AgingBucket.CURRENT, AgingBucket.DPD_1_29, 130);
        move(acc6, AgingBucket.DPD_1_29, AgingBucket.CURRENT, 100);
        move(acc7, AgingBucket.DPD_1_29, AgingBucket.CURRENT, 95);
        move(acc7, AgingBucket.CURRENT, AgingBucket.DPD_1_29, 60);
        move(acc8, AgingBucket.CURRENT, AgingBucket.DPD_1_29, 40);
        move(acc8, AgingBucket.DPD_1_29, AgingBucket.CURRENT, 3);

        var case1 = caseOf(acc1);
        var case3 = caseOf(acc3);
        contact(case1, acc1, ana, Direction.OUTBOUND, ContactOutcome.RIGHT_PARTY, 2, 15);
        contact(case1, acc1, ana, Direction.OUTBOUND, ContactOutcome.RIGHT_PARTY, 2, 16);
        contact(case1, acc1, ana, Direction.OUTBOUND, ContactOutcome.NO_ANSWER, 2, 17);
        contact(case1, acc1, ana, Direction.INBOUND, ContactOutcome.RIGHT_PARTY, 1, 15);
        contact(case1, acc1, ana, Direction.OUTBOUND, ContactOutcome.RIGHT_PARTY, 40, 15); // before the period
        contact(case3, acc3, beto, Direction.OUTBOUND, ContactOutcome.RIGHT_PARTY, 3, 15);
        contact(case3, acc3, beto, Direction.OUTBOUND, ContactOutcome.NO_ANSWER, 4, 15);

        promise(case1, acc1, ana, "100.00", "KEPT", "100.00");
        promise(case1, acc1, ana, "200.00", "BROKEN", "0.00");
        promise(case1, acc1, ana, "50.00", null, null);
        promise(case3, acc3, beto, "300.00", "PARTIAL", "120.00");

        // Subjects as the product writes them: a contact's account by its core-bank id, a message's case by id.
        var account1 = "ACCOUNT:" + acc1.externalId();
        refusal("db-ana-" + run, ContactEvent.CONTACT_REFUSED, account1, "CALL refused: CALL_CAP", 2);
        refusal("db-beto-" + run, MessageEvent.MESSAGE_TONE_REFUSED, "CASE:" + case3.id(), "SMS offensive", 3);
        refusal(
                "db-beto-" + run,
                MessageEvent.MESSAGE_REFUSED,
                "CASE:" + caseOf(acc5).id(),
                "SMS refused by the contact guard: [NO_CONSENT]",
                4);
        refusal("db-ana-" + run, ContactEvent.CONTACT_REFUSED, account1, "CALL refused: before the period", 45);
        em.flush();

        snapshots.take(d, team.id());
        var all = new DashboardFilter(team.id(), null, null, d.minusDays(30), d);
        var loansFilter = new DashboardFilter(team.id(), null, Product.PERSONAL_LOAN, d.minusDays(30), d);
        // Before the day facts exist every account is computed live; with them, the same figures must come.
        var liveAll = digest(dashboard.view(all));
        var liveLoans = digest(dashboard.view(loansFilter));
        accountDays.take(d.minusDays(30), team.id());
        accountDays.take(d, team.id());

        var lines = new ArrayList<String>();
        lines.add("password=" + PASSWORD);
        lines.add("supervisor=db-sup-" + run);
        lines.add("teamId=" + team.id());
        lines.add("teamName=" + team.name());
        lines.add("ana=" + ana.id());
        lines.add("beto=" + beto.id());
        lines.add("from=" + d.minusDays(30));
        lines.add("to=" + d);
        for (int i = 1; i <= 8; i++) {
            lines.add("client" + i + "=" + name(i));
        }
        var view = dashboard.view(all);
        lines.add("facts.rows="
                + ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM dashboard_account_day WHERE team_id = ? AND fact_on IN (?, ?)")
                        .setParameter(1, team.id())
                        .setParameter(2, java.sql.Date.valueOf(d))
                        .setParameter(3, java.sql.Date.valueOf(d.minusDays(30)))
                        .getSingleResult()));
        lines.add("facts.agree=" + liveAll.equals(digest(view)));
        lines.add("snapshotOn=" + view.snapshotOn());
        figures(lines, "team", view.team());
        for (var row : view.agents()) {
            var who = row.agentId() == null ? "none" : row.agentId().equals(ana.id()) ? "ana" : "beto";
            figures(lines, who, row.figures());
            lines.add(who + ".rank=" + row.ranks().overall());
            lines.add(who + ".rank.recovery=" + row.ranks().recovery());
            lines.add(who + ".rank.cureRate=" + row.ranks().cureRate());
        }
        for (var from : AgingBucket.values()) {
            for (var to : AgingBucket.values()) {
                long n = view.rolls().count(from, to);
                if (n != 0) {
                    lines.add("roll." + from + "." + to + "=" + n);
                }
            }
        }
        for (var row : view.portfolio()) {
            lines.add("portfolio." + row.bucket() + "=" + row.accounts() + "/" + plain(row.balance()));
        }
        lines.add("trendPoints=" + view.trend().size());
        var rolled = Drill.roll(AgingBucket.DPD_1_29, AgingBucket.DPD_30_59);
        lines.add("drill.count=" + dashboard.countCases(all, rolled));
        lines.add("drill.clients="
                + String.join(
                        "|",
                        dashboard.cases(all, rolled, 0, 10).stream()
                                .map(r -> r.client())
                                .toList()));
        lines.add("drill.page2=" + dashboard.cases(all, rolled, 1, 10).size());
        var bucket = Drill.bucket(AgingBucket.DPD_1_29);
        lines.add("drill.bucket.count=" + dashboard.countCases(all, bucket));
        lines.add("drill.bucket.clients="
                + String.join(
                        "|",
                        dashboard.cases(all, bucket, 0, 10).stream()
                                .map(r -> r.client())
                                .toList()));
        figures(
                lines,
                "onlyAna",
                dashboard
                        .view(new DashboardFilter(team.id(), ana.id(), null, d.minusDays(30), d))
                        .team());
        var loans = dashboard.view(loansFilter);
        lines.add("facts.loansAgree=" + liveLoans.equals(digest(loans)));
        figures(lines, "loans", loans.team());
        lines.add("loans.rollTotal=" + loans.rolls().total());
        var empty = dashboard.view(new DashboardFilter(team.id(), null, null, d.plusDays(400), d.plusDays(401)));
        figures(lines, "future", empty.team());
        today(lines, acc3, team, all);
        return String.join("\n", lines) + "\n";
    }

    /**
     * Last (it changes the portfolio): acc3 moves to 30–59 today, after the day's facts were taken (as
     * an aging run of today would); the view from the facts must count it as the live view does.
     */
    private void today(List<String> lines, Account acc3, Team team, DashboardFilter all) {
        move(acc3, AgingBucket.DPD_1_29, AgingBucket.DPD_30_59, 0);
        em.flush();
        var withFacts = dashboard.view(all);
        lines.add("today.roll.DPD_1_29.DPD_30_59="
                + withFacts.rolls().count(AgingBucket.DPD_1_29, AgingBucket.DPD_30_59));
        em.createNativeQuery("DELETE FROM dashboard_fact_day WHERE team_id = ?")
                .setParameter(1, team.id())
                .executeUpdate();
        lines.add("today.agree=" + digest(withFacts).equals(digest(dashboard.view(all))));
        // Back to the known portfolio (the browser test reads it), with its facts.
        em.createNativeQuery("DELETE FROM bucket_move WHERE account_id = ? AND moved_on = ?")
                .setParameter(1, acc3.id())
                .setParameter(2, java.sql.Date.valueOf(d))
                .executeUpdate();
        accountDays.take(d.minusDays(30), team.id());
        accountDays.take(d, team.id());
    }

    /** Every figure of a view, the roll matrix and each agent's figures and ranks, as one string. */
    private static String digest(com.acuerdo.dashboard.boundary.DashboardView view) {
        var text = new StringBuilder(view.team().toString());
        for (var from : AgingBucket.values()) {
            for (var to : AgingBucket.values()) {
                text.append(',').append(view.rolls().count(from, to));
            }
        }
        view.agents().forEach(row -> text.append('|').append(row));
        // Amounts compare by value: a sum of no payment is 0 live and 0.0000 from the facts' column.
        return text.toString().replaceAll("\\.0000(?=[,\\]])", "");
    }

    // ---------------------------------------------------------------- building

    private String name(int n) {
        return "Cliente Tablero " + run + " " + n;
    }

    private Account account(
            int n,
            Agent agent,
            Team team,
            Product product,
            int dueOffset,
            String amount,
            int secondDueOffset,
            String second) {
        var customer = new Customer("DB-" + run + "-C" + n, Portfolio.details(name(n)));
        em.persist(customer);
        var account = new Account(
                "DB-" + run + "-A" + n, customer, product, "MXN", d.minusYears(2), Money.of("20000.00", "MXN"));
        account.addBill("DB-" + run + "-B" + n, d.plusDays(dueOffset), Money.of(amount, "MXN"));
        if (second != null) {
            account.addBill("DB-" + run + "-B" + n + "-2", d.plusDays(secondDueOffset), Money.of(second, "MXN"));
        }
        em.persist(account);
        // Cases open only on delinquent accounts: aged first as of a later date when every bill is
        // overdue; the final aging as of today (after the payments) sets the real bucket.
        account.age(d.plusDays(60), Money.of("1.00", "MXN"), List.<PausePeriod>of());
        var kase = CollectionCase.open(customer, List.of(account), d);
        kase.assignTo(agent.id(), team.id());
        kase.prioritise(BigDecimal.TEN, List.of(new PriorityPart("DAYS_PAST_DUE", BigDecimal.TEN)));
        em.persist(kase);
        return account;
    }

    private void pay(Account account, String amount, LocalDate on) {
        var payment =
                new Payment("DB-" + run + "-P-" + account.externalId(), account, on, Money.of(amount, "MXN"), "BRANCH");
        account.applyPayment(payment);
        em.persist(payment);
    }

    private void move(Account account, AgingBucket from, AgingBucket to, int daysAgo) {
        em.persist(new BucketMove(account.id(), account.customer().id(), from, to, d.minusDays(daysAgo), DAYS.get(to)));
    }

    private CollectionCase caseOf(Account account) {
        return em.createQuery("select c from CollectionCase c join c.accounts a where a.id = :id", CollectionCase.class)
                .setParameter("id", account.id())
                .getSingleResult();
    }

    private void contact(
            CollectionCase kase,
            Account account,
            Agent agent,
            Direction direction,
            ContactOutcome outcome,
            int daysAgo,
            int hour) {
        em.persist(new Contact(
                kase,
                account.id(),
                Channel.CALL,
                direction,
                outcome,
                agent.id(),
                d.minusDays(daysAgo).atTime(hour, 0).toInstant(ZoneOffset.UTC),
                "gestión de prueba"));
    }

    private void promise(CollectionCase kase, Account account, Agent agent, String amount, String status, String paid) {
        var promise = new PromiseToPay(
                kase,
                account,
                Money.of(amount, "MXN"),
                d.plusDays(3),
                d.minusDays(6),
                d.minusDays(6).atTime(12, 0).toInstant(ZoneOffset.UTC),
                agent.id());
        em.persist(promise);
        em.flush();
        if (status != null) {
            // The follow-up's outcome, as the nightly step would have written it.
            em.createNativeQuery("UPDATE promise_to_pay SET status = ?, amount_paid = ?, resolved_on = ? WHERE id = ?")
                    .setParameter(1, status)
                    .setParameter(2, new BigDecimal(paid))
                    .setParameter(3, java.sql.Date.valueOf(d.minusDays(1)))
                    .setParameter(4, promise.id())
                    .executeUpdate();
        }
    }

    private void refusal(
            String actor, com.acuerdo.platform.audit.AuditType type, String subject, String detail, int daysAgo) {
        var parts = subject.split(":", 2);
        var event = audit.recordRegardless(actor, type, parts[0], parts[1], detail);
        em.createNativeQuery("UPDATE audit_event SET occurred_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.valueOf(d.minusDays(daysAgo).atTime(14, 0)))
                .setParameter(2, event.id())
                .executeUpdate();
    }

    private long user(String username, String displayName, Role role) {
        return FixtureUsers.create(users, username, displayName, PASSWORD, role, FixtureUsers.BOGOTA);
    }

    // ---------------------------------------------------------------- answering

    private static void figures(List<String> lines, String prefix, Figures figures) {
        for (var component : Figures.class.getRecordComponents()) {
            try {
                lines.add(prefix + "." + component.getName() + "="
                        + plain(component.getAccessor().invoke(figures)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String plain(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
