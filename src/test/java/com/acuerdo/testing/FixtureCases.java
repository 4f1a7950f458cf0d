package com.acuerdo.testing;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.PriorityPart;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.money.Money;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.Team;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * TEST ONLY (in every test archive through {@link Deployments#acuerdo()}, never shipped): the teams,
 * agents and assigned cases the fixture classes store in their own transaction.
 */
public final class FixtureCases {

    private FixtureCases() {}

    /** A team led by the given supervisor, persisted (not flushed). */
    public static Team team(EntityManager em, String name, long supervisorUserId) {
        var team = new Team(name, supervisorUserId);
        em.persist(team);
        return team;
    }

    /** An agent of the team, persisted (not flushed: flush before a case refers to its id). */
    public static Agent agent(EntityManager em, long userId, String displayName, Team team, int capacity) {
        var agent = new Agent(userId, displayName, team, capacity);
        em.persist(agent);
        return agent;
    }

    /** A case of the account's customer on that one account, assigned to the agent in the team; stored. */
    public static CollectionCase openAssigned(
            EntityManager em, Account account, LocalDate openedOn, Agent agent, Team team) {
        return store(em, assigned(account, openedOn, agent, team));
    }

    /** The same, with a priority score made of one part worth the whole score. */
    public static CollectionCase openAssigned(
            EntityManager em,
            Account account,
            LocalDate openedOn,
            Agent agent,
            Team team,
            String part,
            BigDecimal score) {
        return openAssigned(em, account, openedOn, agent, team, score, new PriorityPart(part, score));
    }

    /** The same, with a priority score made of the given parts. */
    public static CollectionCase openAssigned(
            EntityManager em,
            Account account,
            LocalDate openedOn,
            Agent agent,
            Team team,
            BigDecimal score,
            PriorityPart... parts) {
        var kase = assigned(account, openedOn, agent, team);
        kase.prioritise(score, List.of(parts));
        return store(em, kase);
    }

    /** An English-speaking client in Mexico City under MX rules (SMS consent, no e-mail consent); stored. */
    public static Customer englishCustomer(EntityManager em, String externalId, String fullName) {
        var customer = new Customer(
                externalId,
                new CustomerDetails(
                        fullName,
                        "GODE561231HDFRRN09",
                        "cliente@example.test",
                        "+525512345678",
                        ZoneId.of("America/Mexico_City"),
                        Language.EN,
                        Jurisdiction.MX,
                        true,
                        false));
        em.persist(customer);
        return customer;
    }

    /**
     * A three-year-old MXN mortgage of the client with one bill 40 days overdue on the opening date,
     * aged then, and a case on it that nobody works yet; stored.
     */
    public static CollectionCase unassignedMortgageCase(
            EntityManager em, Customer customer, String accountId, String billId, LocalDate openedOn) {
        var account = new Account(
                accountId, customer, Product.MORTGAGE, "MXN", openedOn.minusYears(3), Money.of("90000.00", "MXN"));
        account.addBill(billId, openedOn.minusDays(40), Money.of("2500.00", "MXN"));
        account.age(openedOn, Money.of("1.00", "MXN"), List.<PausePeriod>of());
        em.persist(account);
        return store(em, CollectionCase.open(customer, List.of(account), openedOn));
    }

    private static CollectionCase assigned(Account account, LocalDate openedOn, Agent agent, Team team) {
        var kase = CollectionCase.open(account.customer(), List.of(account), openedOn);
        kase.assignTo(agent.id(), team.id());
        return kase;
    }

    private static CollectionCase store(EntityManager em, CollectionCase kase) {
        em.persist(kase);
        em.flush();
        return kase;
    }
}
