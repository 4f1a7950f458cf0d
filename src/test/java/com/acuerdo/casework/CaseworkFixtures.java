package com.acuerdo.casework;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.PriorityPart;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactRestriction;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.customer.entity.Customer;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * TEST ONLY (added to CaseworkIT's archive, never shipped): stores a fresh scenario through the model
 * — two agents in two teams with their supervisors (new users with a known password), 25 cases for
 * the first agent, one for the second — and answers its facts as {@code key=value} lines.
 */
@Stateless
@Path("test-fixtures/casework")
@RolesAllowed(Role.Names.ADMIN)
public class CaseworkFixtures {

    public static final String PASSWORD = "Caso.2026";
    public static final String SCRIPT_NAME = "<script>alert('x')</script> Pérez";
    public static final int CASES_OF_FIRST_AGENT = 25;

    private record Ranked(BigDecimal score, long caseId, String name) {}

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

        var supervisorA = user("cw-sup-" + run, "Sofía Supervisora", Role.SUPERVISOR);
        var supervisorB = user("cw-supb-" + run, "Bruno Supervisor", Role.SUPERVISOR);
        var agentUserA = user("cw-ana-" + run, "Ana Asesora", Role.AGENT);
        var agentUserB = user("cw-beto-" + run, "Beto Asesor", Role.AGENT);
        var teamA = FixtureCases.team(em, "Equipo A " + run, supervisorA);
        var teamB = FixtureCases.team(em, "Equipo B " + run, supervisorB);
        var agentA = FixtureCases.agent(em, agentUserA, "Ana Asesora " + run, teamA, 3000);
        var agentB = FixtureCases.agent(em, agentUserB, "Beto Asesor " + run, teamB, 3000);
        em.flush();

        var ranked = new ArrayList<Ranked>();
        CollectionCase scriptCase = null;
        Account scriptAccount = null;
        for (int i = 0; i < CASES_OF_FIRST_AGENT; i++) {
            var name = i == 0 ? SCRIPT_NAME : String.format("Cliente %s %02d", run, i);
            int daysPastDue = 10 + i * 6; // 10 … 154 days: several buckets
            var account = delinquentAccount(run, i, name, today.minusDays(daysPastDue), today, "1000.00");
            // Distinct scores in an order unlike the order of storing (7 is coprime with 25): 100, 79, 58 …
            var score = new BigDecimal(100 - ((i * 7) % CASES_OF_FIRST_AGENT) * 3);
            var kase = openCase(account, today, agentA, teamA, score);
            ranked.add(new Ranked(score, kase.id(), name));
            if (i == 0) {
                scriptCase = kase;
                scriptAccount = account;
            }
        }
        // The script client: a contact, an open promise, one restriction in force, one that ended.
        var contact = new Contact(
                scriptCase,
                scriptAccount.id(),
                Channel.CALL,
                Direction.OUTBOUND,
                ContactOutcome.RIGHT_PARTY,
                agentA.id(),
                today.minusDays(2).atTime(16, 30).toInstant(ZoneOffset.UTC),
                "Acordó pagar el viernes. <b>sin formato</b>");
        contact.explainDelay(DelayReason.INCOME_LOSS);
        em.persist(contact);
        em.persist(new PromiseToPay(
                scriptCase,
                scriptAccount,
                Money.of("400.00", "MXN"),
                today.plusDays(3),
                today.minusDays(2),
                today.minusDays(2).atTime(16, 40).toInstant(ZoneOffset.UTC),
                agentA.id()));
        em.persist(new ContactRestriction(
                scriptAccount.customer(),
                scriptAccount.id(),
                RestrictionType.NO_CALL,
                today.minusDays(1),
                today.plusDays(10),
                "pidió no recibir llamadas por unos días",
                "cw-test",
                today.atStartOfDay().toInstant(ZoneOffset.UTC)));
        em.persist(new ContactRestriction(
                scriptAccount.customer(),
                scriptAccount.id(),
                RestrictionType.NO_SMS,
                today.minusDays(30),
                today.minusDays(20),
                null,
                "cw-test",
                today.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC)));

        var accountB = delinquentAccount(run, 99, "Cliente de Beto " + run, today.minusDays(45), today, "777.00");
        var caseB = openCase(accountB, today, agentB, teamB, new BigDecimal("500"));
        em.flush();

        var lines = new ArrayList<String>();
        lines.add("password=" + PASSWORD);
        lines.add("businessDate=" + today);
        lines.add("agentA=" + username(agentUserA));
        lines.add("agentB=" + username(agentUserB));
        lines.add("supervisorA=" + username(supervisorA));
        // The worklist's order: highest score first.
        ranked.sort((a, b) -> b.score().compareTo(a.score()));
        lines.add("caseIds=" + join(ranked.stream().map(Ranked::caseId).toList()));
        lines.add("clientNames="
                + String.join("|", ranked.stream().map(Ranked::name).toList()));
        lines.add("scriptCaseId=" + scriptCase.id());
        lines.add("scriptAccountId=" + scriptAccount.externalId());
        lines.add("scriptCustomerId=" + scriptAccount.customer().externalId());
        lines.add("scriptDaysPastDue=" + scriptAccount.lastDaysPastDue());
        lines.add("scriptBucket=" + scriptAccount.lastBucket());
        lines.add("scriptObjective=" + scriptCase.objective().orElseThrow());
        lines.add("caseB=" + caseB.id());
        lines.add("accountB=" + accountB.externalId());
        lines.add("nameB=" + accountB.customer().fullName());
        return String.join("\n", lines) + "\n";
    }

    private long user(String username, String displayName, Role role) {
        return FixtureUsers.create(users, username, displayName, PASSWORD, role, FixtureUsers.BOGOTA);
    }

    private String username(long userId) {
        return FixtureUsers.username(em, userId);
    }

    private Account delinquentAccount(
            String run, int n, String name, LocalDate dueDate, LocalDate today, String amount) {
        var customer = new Customer("CW-" + run + "-C" + n, Portfolio.details(name));
        em.persist(customer);
        var account = new Account(
                "CW-" + run + "-A" + n,
                customer,
                Product.CREDIT_CARD,
                "MXN",
                today.minusYears(2),
                Money.of("20000.00", "MXN"));
        account.addBill("CW-" + run + "-B" + n, dueDate, Money.of(amount, "MXN"));
        // A later bill, not yet due: the balance is more than the overdue bill.
        account.addBill("CW-" + run + "-B" + n + "-2", dueDate.plusMonths(1), Money.of("250.50", "MXN"));
        account.age(today, Money.of("1.00", "MXN"), List.<PausePeriod>of());
        em.persist(account);
        return account;
    }

    private CollectionCase openCase(Account account, LocalDate today, Agent agent, Team team, BigDecimal score) {
        var balancePart = new BigDecimal("10");
        return FixtureCases.openAssigned(
                em,
                account,
                today,
                agent,
                team,
                score,
                new PriorityPart("DAYS_PAST_DUE", score.subtract(balancePart)),
                new PriorityPart("BALANCE", balancePart));
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
