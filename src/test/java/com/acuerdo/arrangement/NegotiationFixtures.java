package com.acuerdo.arrangement;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.arrangement.entity.ArrangementLimits;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.audit.AuditEvent;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.time.BusinessCalendar;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * TEST ONLY (added to NegotiationIT's archive, never shipped): a fresh scenario for promises and
 * arrangements, stored through the model — two teams, each with a supervisor and an agent (new users
 * with a known password), delinquent personal loans in CHF (two decimals) and JPY (none) on cases of
 * the first agent, one on the second agent's — and the test's own arrangement policies for those
 * currencies (no other data uses them), so the figures never depend on reference or demo data.
 */
@Stateless
@Path("test-fixtures/negotiation")
@RolesAllowed(Role.Names.ADMIN)
public class NegotiationFixtures {

    public static final String PASSWORD = "Trato.2026";
    public static final int MAX_PROMISE_DAYS = 20;

    /** The accounts of the first agent, one per test so no test sees another's leftovers. */
    static final List<String> CHF_ACCOUNTS =
            List.of("promise", "cancel", "promiseRules", "active", "approve", "reject", "hard", "stale", "race");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Audit audit;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String scenario() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        policy("CHF", "50", "20");
        policy("JPY", "5000", "2000");

        var supervisorA = user("ng-supa-" + run, Role.SUPERVISOR);
        var supervisorB = user("ng-supb-" + run, Role.SUPERVISOR);
        var agentUserA = user("ng-ana-" + run, Role.AGENT);
        var agentUserB = user("ng-beto-" + run, Role.AGENT);
        var teamA = FixtureCases.team(em, "Negociación A " + run, supervisorA);
        var teamB = FixtureCases.team(em, "Negociación B " + run, supervisorB);
        var agentA = FixtureCases.agent(em, agentUserA, "Ana Negociadora " + run, teamA, 100);
        var agentB = FixtureCases.agent(em, agentUserB, "Beto Negociador " + run, teamB, 100);
        em.flush();

        var lines = new ArrayList<String>();
        lines.add("password=" + PASSWORD);
        lines.add("businessDate=" + today);
        lines.add("agentA=" + username(agentUserA));
        lines.add("agentB=" + username(agentUserB));
        lines.add("supervisorA=" + username(supervisorA));
        lines.add("supervisorB=" + username(supervisorB));
        int n = 0;
        for (var name : CHF_ACCOUNTS) {
            var account = delinquentAccount(run, n++, "CHF", "1000.00", today);
            openCase(account, today, agentA, teamA);
            lines.add("account." + name + "=" + account.externalId());
        }
        var yen = delinquentAccount(run, n++, "JPY", "100000", today);
        openCase(yen, today, agentA, teamA);
        lines.add("account.yen=" + yen.externalId());
        var other = delinquentAccount(run, n, "CHF", "1000.00", today);
        openCase(other, today, agentB, teamB);
        lines.add("account.otherAgent=" + other.externalId());
        em.flush();
        return String.join("\n", lines) + "\n";
    }

    /** The audit trail of one subject, newest first: {@code TYPE actor | detail} per line. */
    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_PLAIN)
    public String audit(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId) {
        return audit.eventsAbout(subjectType, subjectId).stream()
                .map(NegotiationFixtures::line)
                .collect(Collectors.joining("\n"));
    }

    private static String line(AuditEvent event) {
        return event.type() + " " + event.actor() + " | " + event.detail();
    }

    /** Soft 12 instalments, 10 % down, min instalment, 10 % off, 15 days; hard 24, 5 %, min, 30 %, 30 days. */
    private void policy(String currency, String softMin, String hardMin) {
        long existing = em.createQuery(
                        "select count(p) from ArrangementPolicy p where p.currency = :currency", Long.class)
                .setParameter("currency", currency)
                .getSingleResult();
        if (existing > 0) {
            return; // an earlier run on the same database stored the same figures
        }
        em.persist(new ArrangementPolicy(
                Product.PERSONAL_LOAN,
                null,
                currency,
                LocalDate.of(2000, 1, 1),
                new ArrangementLimits(12, BigDecimal.TEN, new BigDecimal(softMin), BigDecimal.TEN, 15),
                new ArrangementLimits(24, BigDecimal.valueOf(5), new BigDecimal(hardMin), BigDecimal.valueOf(30), 30),
                5,
                3,
                MAX_PROMISE_DAYS));
    }

    private long user(String username, Role role) {
        return FixtureUsers.create(users, username, "Usuario " + username, PASSWORD, role, FixtureUsers.BOGOTA);
    }

    private String username(long userId) {
        return FixtureUsers.username(em, userId);
    }

    /** One bill 45 days overdue: the whole balance is that bill. */
    private Account delinquentAccount(String run, int n, String currency, String amount, LocalDate today) {
        var customer = new Customer("NG-" + run + "-C" + n, Portfolio.details("Cliente Negociación " + run + " " + n));
        em.persist(customer);
        var account = new Account(
                "NG-" + run + "-A" + n,
                customer,
                Product.PERSONAL_LOAN,
                currency,
                today.minusYears(1),
                Money.of("1000000", currency));
        account.addBill("NG-" + run + "-B" + n, today.minusDays(45), Money.of(amount, currency));
        account.age(today, Money.of("1", currency), List.<PausePeriod>of());
        em.persist(account);
        return account;
    }

    private void openCase(Account account, LocalDate today, Agent agent, Team team) {
        FixtureCases.openAssigned(em, account, today, agent, team);
    }
}
