package com.acuerdo.contact;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.contact.boundary.ContactEvent;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.audit.AuditEvent;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.testing.FixtureCases;
import com.acuerdo.testing.FixtureUsers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * TEST ONLY (added to ContactsIT's archive, never shipped): stores two agents in two teams and fresh
 * clients in several jurisdictions and zones, each with a delinquent account in an open case, and
 * answers the facts as {@code key=value} lines; reads back what the API cannot show (stored contacts,
 * audit events).
 */
@Stateless
@Path("test-fixtures/contacts")
@RolesAllowed(Role.Names.ADMIN)
public class ContactFixtures {

    public static final String PASSWORD = "Contacto.2026";

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
        var agentA = agent("ct-ana-" + run, "ct-sup-" + run, run + "A");
        var agentB = agent("ct-beto-" + run, "ct-supb-" + run, run + "B");

        var lines = new ArrayList<String>();
        lines.add("password=" + PASSWORD);
        lines.add("businessDate=" + today);
        lines.add("agentA=ct-ana-" + run);
        lines.add("agentB=ct-beto-" + run);
        // The clients "…OfB" belong to agent B, the others to agent A.
        client(lines, run, "usWest", Jurisdiction.US, "America/Los_Angeles", Language.EN, false, true, agentA);
        client(lines, run, "usEast", Jurisdiction.US, "America/New_York", Language.EN, true, true, agentA);
        client(lines, run, "co", Jurisdiction.CO, "America/Bogota", Language.ES, true, true, agentA);
        client(lines, run, "cl", Jurisdiction.CL, "America/Santiago", Language.ES, true, true, agentA);
        client(lines, run, "mxOfB", Jurisdiction.MX, "America/Mexico_City", Language.ES, true, true, agentB);
        client(lines, run, "coOfB", Jurisdiction.CO, "America/Bogota", Language.ES, true, true, agentB);
        return String.join("\n", lines) + "\n";
    }

    /** Contacts stored for a client, and audit events about an account: what a refusal must (not) leave. */
    @GET
    @Path("{accountId}/facts")
    @Produces(MediaType.TEXT_PLAIN)
    public String facts(@PathParam("accountId") String accountId) {
        var customerId = em.createQuery("select a.customer.id from Account a where a.externalId = :id", Long.class)
                .setParameter("id", accountId)
                .getSingleResult();
        var contacts = em.createQuery("select count(c) from Contact c where c.customerId = :id", Long.class)
                .setParameter("id", customerId)
                .getSingleResult();
        var events = em.createQuery(
                        "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id order by e.id",
                        AuditEvent.class)
                .setParameter("type", ContactEvent.ACCOUNT)
                .setParameter("id", accountId)
                .getResultList();
        var lines = new ArrayList<String>();
        lines.add("contacts=" + contacts);
        for (var type : ContactEvent.values()) {
            lines.add(type.name() + "="
                    + events.stream().filter(e -> e.type().equals(type.name())).count());
        }
        var refusals = events.stream()
                .filter(e -> e.type().equals(ContactEvent.CONTACT_REFUSED.name()))
                .map(e -> e.actor() + " " + e.detail())
                .toList();
        lines.add("refusals=" + String.join(" | ", refusals).replace('\n', ' '));
        var lastContact = em.createQuery(
                        "select c.lastContactAt from CollectionCase c join c.accounts a where a.externalId = :id",
                        java.time.Instant.class)
                .setParameter("id", accountId)
                .getResultList();
        // Null until the first contact: a stream would refuse the null element.
        lines.add(
                "caseLastContactAt=" + (lastContact.isEmpty() || lastContact.get(0) == null ? "" : lastContact.get(0)));
        return String.join("\n", lines) + "\n";
    }

    private Agent agent(String username, String supervisorName, String tag) {
        var supervisor = user(supervisorName, "Supervisora " + tag, Role.SUPERVISOR);
        var team = FixtureCases.team(em, "Equipo contactos " + tag, supervisor);
        var agent = FixtureCases.agent(em, user(username, "Asesora " + tag, Role.AGENT), "Asesora " + tag, team, 100);
        em.flush();
        return agent;
    }

    private long user(String username, String displayName, Role role) {
        return FixtureUsers.create(users, username, displayName, PASSWORD, role, FixtureUsers.BOGOTA);
    }

    private void client(
            List<String> lines,
            String run,
            String key,
            Jurisdiction jurisdiction,
            String zone,
            Language language,
            boolean consentSms,
            boolean consentEmail,
            Agent agent) {
        var today = calendar.today();
        var customer = new Customer(
                "CT-" + run + "-" + key,
                new CustomerDetails(
                        "Cliente " + key + " " + run,
                        null,
                        key + "@example.test",
                        "+10000000000",
                        ZoneId.of(zone),
                        language,
                        jurisdiction,
                        consentSms,
                        consentEmail));
        em.persist(customer);
        var account = new Account(
                "CT-" + run + "-" + key + "-A",
                customer,
                Product.CREDIT_CARD,
                "USD",
                today.minusYears(1),
                Money.of("5000.00", "USD"));
        account.addBill("CT-" + run + "-" + key + "-B", today.minusDays(40), Money.of("300.00", "USD"));
        account.age(today, Money.of("1.00", "USD"), List.<PausePeriod>of());
        em.persist(account);
        FixtureCases.openAssigned(em, account, today, agent, agent.team().orElseThrow());
        lines.add(key + "=" + account.externalId());
    }
}
