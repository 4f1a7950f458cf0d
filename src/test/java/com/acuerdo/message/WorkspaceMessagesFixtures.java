package com.acuerdo.message;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.outbox.OutboxMessage;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.Team;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * TEST ONLY (WorkspaceMessagesIT's archive, never shipped): one agent with five MX clients, highest
 * priority first — one in a zone where it is now the middle of the night (outside the contact hours),
 * four where it is now working hours (chosen from the real clock) — and a reader of the outbox.
 */
@Stateless
@Path("test-fixtures/workspace-messages")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_PLAIN)
public class WorkspaceMessagesFixtures {

    public static final String PASSWORD = "Mensaje.2026";

    /** Zones one to two hours apart around the world: some is always in any local hour range. */
    private static final List<String> ZONES = List.of(
            "Pacific/Kiritimati",
            "Pacific/Auckland",
            "Australia/Sydney",
            "Asia/Tokyo",
            "Asia/Shanghai",
            "Asia/Bangkok",
            "Asia/Dhaka",
            "Asia/Kolkata",
            "Asia/Karachi",
            "Asia/Dubai",
            "Europe/Moscow",
            "Europe/Athens",
            "Europe/Berlin",
            "Europe/London",
            "Atlantic/Azores",
            "Atlantic/South_Georgia",
            "America/Sao_Paulo",
            "America/Santo_Domingo",
            "America/Bogota",
            "America/Mexico_City",
            "America/Denver",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "Pacific/Pago_Pago",
            "Etc/GMT+12");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @POST
    public String scenario() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        // MX allows contact every day 07:00–22:00: 10–17 h is well inside, 01–04 h well outside.
        var inside = zoneWhere(hour -> hour >= 10 && hour < 18);
        var outside = zoneWhere(hour -> hour >= 1 && hour < 5);

        var supervisor = user("wm-sup-" + run, "Sara Supervisora", Role.SUPERVISOR);
        var agentUser = user("wm-ana-" + run, "Ana Mensajes", Role.AGENT);
        var team = FixtureCases.team(em, "Mensajes " + run, supervisor);
        var agent = FixtureCases.agent(em, agentUser, "Ana Mensajes " + run, team, 3000);
        em.flush();

        var lines = new ArrayList<String>();
        lines.add("password=" + PASSWORD);
        lines.add("agent=" + username(agentUser));
        lines.add("supervisor=" + username(supervisor));
        lines.add("businessDate=" + today);
        lines.add("insideZone=" + inside);
        lines.add("outsideZone=" + outside);
        // key, name, zone, days past due, score
        Object[][] clients = {
            {"night", "Nora Nocturna " + run, outside, 12, 300},
            {"top", "Tomás Temprano " + run, inside, 40, 200},
            {"sms", "Sofía Saldo " + run, inside, 15, 150},
            {"threat", "Tadeo Tono " + run, inside, 20, 120},
            {"letter", "Lucía Carta " + run, inside, 25, 100}
        };
        for (var client : clients) {
            var key = (String) client[0];
            var kase = openCase(
                    run,
                    key,
                    (String) client[1],
                    (String) client[2],
                    today,
                    (Integer) client[3],
                    agent,
                    team,
                    new BigDecimal((Integer) client[4]));
            lines.add(key + "Case=" + kase.id());
            lines.add(key + "Name=" + client[1]);
            lines.add(key + "Customer=" + kase.customer().id());
            lines.add(key + "Bucket=" + kase.bucket());
        }
        return String.join("\n", lines) + "\n";
    }

    /** The outbox messages to one client, oldest first: count, then channel|recipient|body lines. */
    @GET
    @Path("outbox")
    public String outbox(@QueryParam("customerId") long customerId) {
        var messages = em.createQuery(
                        "select m from OutboxMessage m where m.customerId = :customerId order by m.id",
                        OutboxMessage.class)
                .setParameter("customerId", customerId)
                .getResultList();
        var lines = new ArrayList<String>();
        lines.add("count=" + messages.size());
        for (int i = 0; i < messages.size(); i++) {
            var m = messages.get(i);
            lines.add("message" + i + "=" + m.channel() + "|" + m.recipient() + "|" + m.language() + "|"
                    + m.body().replace("\n", "\\n"));
        }
        return String.join("\n", lines) + "\n";
    }

    private String zoneWhere(IntPredicate hour) {
        var now = clock.instant();
        return ZONES.stream()
                .filter(zone -> hour.test(now.atZone(ZoneId.of(zone)).getHour()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no zone in the hour range at " + now));
    }

    private CollectionCase openCase(
            String run,
            String key,
            String name,
            String zone,
            LocalDate today,
            int daysPastDue,
            Agent agent,
            Team team,
            BigDecimal score) {
        var customer = new Customer(
                "WM-" + run + "-" + key,
                new CustomerDetails(
                        name,
                        null,
                        key + "-" + run + "@example.test",
                        "+52551" + Math.abs((run + key).hashCode() % 10_000_000),
                        ZoneId.of(zone),
                        Language.ES,
                        Jurisdiction.MX,
                        true,
                        true));
        em.persist(customer);
        var account = new Account(
                "WM-" + run + "-A-" + key,
                customer,
                Product.CREDIT_CARD,
                "MXN",
                today.minusYears(2),
                Money.of("20000.00", "MXN"));
        account.addBill("WM-" + run + "-B-" + key, today.minusDays(daysPastDue), Money.of("1500.00", "MXN"));
        account.age(today, Money.of("1.00", "MXN"), List.<PausePeriod>of());
        em.persist(account);
        return FixtureCases.openAssigned(em, account, today, agent, team, "DAYS_PAST_DUE", score);
    }

    private long user(String username, String displayName, Role role) {
        return FixtureUsers.create(users, username, displayName, PASSWORD, role, FixtureUsers.MEXICO_CITY);
    }

    private String username(long userId) {
        return FixtureUsers.username(em, userId);
    }
}
