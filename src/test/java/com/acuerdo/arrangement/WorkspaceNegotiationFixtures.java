package com.acuerdo.arrangement;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.arrangement.entity.ArrangementLimits;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
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

/**
 * TEST ONLY (added to WorkspaceNegotiationIT's archive, never shipped): a fresh agent, their supervisor
 * and team, and one case per scenario — a personal loan in NZD owing 1,000.00, 45 days past due
 * (bucket 30–59) — under the test's own arrangement policy for that product, bucket and currency (no
 * other data uses NZD), so every soft and hard limit is known.
 */
@Stateless
@Path("test-fixtures/workspace-negotiation")
@RolesAllowed(Role.Names.ADMIN)
public class WorkspaceNegotiationFixtures {

    public static final String PASSWORD = "Acuerdo.2026";
    public static final String CURRENCY = "NZD";
    public static final String BALANCE = "1000.00";
    public static final int MAX_PROMISE_DAYS = 20;

    /** One case per scenario, so no scenario sees another's promise or arrangement. */
    static final List<String> SCENARIOS = List.of("promise", "active", "approve", "reject", "hard");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String scenario() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        policy();

        var supervisor = user("wn-sup-" + run, "Sara Supervisora " + run, Role.SUPERVISOR);
        var agentUser = user("wn-ag-" + run, "Andrés Asesor " + run, Role.AGENT);
        var team = FixtureCases.team(em, "Equipo Negociación " + run, supervisor);
        var agent = FixtureCases.agent(em, agentUser, "Andrés Asesor " + run, team, 100);
        em.flush();

        var lines = new ArrayList<String>();
        lines.add("password=" + PASSWORD);
        lines.add("businessDate=" + today);
        lines.add("agent=" + username(agentUser));
        lines.add("agentName=" + agent.displayName());
        lines.add("supervisor=" + username(supervisor));
        int n = 0;
        for (var scenario : SCENARIOS) {
            var name = "Cliente " + scenario + " " + run;
            var account = delinquentAccount(run, n++, name, today);
            var kase =
                    FixtureCases.openAssigned(em, account, today, agent, team, "BALANCE", BigDecimal.valueOf(100 - n));
            lines.add(scenario + ".client=" + name);
            lines.add(scenario + ".account=" + account.externalId());
            lines.add(scenario + ".case=" + kase.id());
        }
        return String.join("\n", lines) + "\n";
    }

    /** The id and version of the account's arrangement waiting for approval (to decide it elsewhere). */
    @GET
    @Path("pending")
    @Produces(MediaType.TEXT_PLAIN)
    public String pending(@QueryParam("account") String accountExternalId) {
        return em.createQuery(
                        "select a.id from PaymentArrangement a where a.account.externalId = :account"
                                + " and a.status = :pending",
                        Long.class)
                .setParameter("account", accountExternalId)
                .setParameter("pending", ArrangementStatus.PENDING_APPROVAL)
                .getResultStream()
                .findFirst()
                .map(String::valueOf)
                .orElse("");
    }

    /**
     * Soft: 12 instalments, 10 % down, instalments of 50.00, 10 % off, first in 15 days. Hard: 24, 5 %,
     * 20.00, 30 %, 30 days. Promises up to 20 days ahead.
     */
    private void policy() {
        long existing = em.createQuery(
                        "select count(p) from ArrangementPolicy p where p.currency = :currency"
                                + " and p.product = :product and p.bucket = :bucket",
                        Long.class)
                .setParameter("currency", CURRENCY)
                .setParameter("product", Product.PERSONAL_LOAN)
                .setParameter("bucket", AgingBucket.DPD_30_59)
                .getSingleResult();
        if (existing > 0) {
            return; // an earlier run on the same database stored the same figures
        }
        em.persist(new ArrangementPolicy(
                Product.PERSONAL_LOAN,
                AgingBucket.DPD_30_59,
                CURRENCY,
                LocalDate.of(2000, 1, 1),
                new ArrangementLimits(12, BigDecimal.TEN, new BigDecimal("50.00"), BigDecimal.TEN, 15),
                new ArrangementLimits(24, BigDecimal.valueOf(5), new BigDecimal("20.00"), BigDecimal.valueOf(30), 30),
                5,
                3,
                MAX_PROMISE_DAYS));
    }

    private long user(String username, String displayName, Role role) {
        return FixtureUsers.create(users, username, displayName, PASSWORD, role, FixtureUsers.BOGOTA);
    }

    private String username(long userId) {
        return FixtureUsers.username(em, userId);
    }

    /** One bill 45 days overdue: the whole balance is that bill. */
    private Account delinquentAccount(String run, int n, String name, LocalDate today) {
        var customer = new Customer("WN-" + run + "-C" + n, Portfolio.details(name));
        em.persist(customer);
        var account = new Account(
                "WN-" + run + "-A" + n,
                customer,
                Product.PERSONAL_LOAN,
                CURRENCY,
                today.minusYears(1),
                Money.of("5000.00", CURRENCY));
        account.addBill("WN-" + run + "-B" + n, today.minusDays(45), Money.of(BALANCE, CURRENCY));
        account.age(today, Money.of("1.00", CURRENCY), List.<PausePeriod>of());
        em.persist(account);
        return account;
    }
}
