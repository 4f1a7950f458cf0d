package com.acuerdo.casework;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Payment;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.money.Money;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * TEST ONLY (added to WorkspaceContactIT's archive, never shipped): one agent with four fresh Mexican
 * clients (CONDUSEF hours: every day 07:00–22:00 in the client's zone), their zones chosen from the
 * real clock — "day" clients where it is now 10:00–18:00, a "night" client where it is now
 * 00:00–05:00 — each with a credit card 65 days past due (objective SECURE_COMMITMENT), a settled
 * older bill and the payment that settled it. Answers its facts as {@code key=value} lines.
 */
@Stateless
@Path("test-fixtures/workspace-contact")
@RolesAllowed(Role.Names.ADMIN)
public class WorkspaceContactFixtures {

    public static final String PASSWORD = "Gestion.2026";

    /** Whole-hour zones around the globe: some are always in any 5-hour band of local time. */
    static final List<String> ZONES = List.of(
            "Pacific/Kiritimati",
            "Pacific/Auckland",
            "Asia/Tokyo",
            "Asia/Shanghai",
            "Asia/Bangkok",
            "Asia/Dhaka",
            "Asia/Karachi",
            "Asia/Dubai",
            "Europe/Moscow",
            "Europe/Athens",
            "Europe/Berlin",
            "Europe/London",
            "Atlantic/Azores",
            "America/Noronha",
            "America/Sao_Paulo",
            "America/Santo_Domingo",
            "America/Bogota",
            "America/Mexico_City",
            "America/Denver",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "Pacific/Pago_Pago");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String scenario() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        var now = Instant.now(clock);
        // Far from the window's edges so a slow test never crosses one.
        var dayZone = zoneWhere(now, hour -> hour >= 10 && hour < 18);
        var nightZone = zoneWhere(now, hour -> hour >= 0 && hour < 5);

        var supervisor = user("wc-sup-" + run, "Sara Supervisora", Role.SUPERVISOR);
        var agentUser = user("wc-ana-" + run, "Ana Gestora", Role.AGENT);
        var team = FixtureCases.team(em, "Equipo WC " + run, supervisor);
        var agent = FixtureCases.agent(em, agentUser, "Ana Gestora " + run, team, 3000);
        em.flush();

        var lines = new ArrayList<String>();
        lines.add("password=" + PASSWORD);
        lines.add("agent=" + username(agentUser));
        lines.add("dayZone=" + dayZone);
        lines.add("nightZone=" + nightZone);
        lines.add("businessDate=" + today);
        int n = 0;
        for (var role : List.of("talk", "night", "restrict", "stale")) {
            var zone = role.equals("night") ? nightZone : dayZone;
            var account = account(run, n++, "Cliente " + role + " " + run, zone, today);
            var kase = openCase(account, today, agent, team);
            lines.add(role + "Case=" + kase.id());
            lines.add(role + "Account=" + account.externalId());
            lines.add(role + "Name=" + account.customer().fullName());
        }
        return String.join("\n", lines) + "\n";
    }

    private static ZoneId zoneWhere(Instant now, IntPredicate localHour) {
        return ZONES.stream()
                .map(ZoneId::of)
                .filter(zone -> localHour.test(now.atZone(zone).getHour()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no zone fits at " + now));
    }

    private Account account(String run, int n, String name, ZoneId zone, LocalDate today) {
        var customer = new Customer(
                "WC-" + run + "-C" + n,
                new CustomerDetails(
                        name,
                        "WCX" + run + n,
                        "wc" + n + "@example.test",
                        "+52551234000" + n,
                        zone,
                        Language.ES,
                        Jurisdiction.MX,
                        true,
                        true));
        em.persist(customer);
        var account = new Account(
                "WC-" + run + "-A" + n,
                customer,
                Product.CREDIT_CARD,
                "MXN",
                today.minusYears(3),
                Money.of("50000.00", "MXN"));
        account.addBill("WC-" + run + "-B" + n + "-1", today.minusDays(95), Money.of("3000.00", "MXN"));
        account.addBill("WC-" + run + "-B" + n + "-2", today.minusDays(65), Money.of("10000.00", "MXN"));
        account.applyPayment(new Payment(
                "WC-" + run + "-P" + n, account, today.minusDays(90), Money.of("3000.00", "MXN"), "BRANCH"));
        account.age(today, Money.of("1.00", "MXN"), List.<PausePeriod>of());
        em.persist(account);
        return account;
    }

    private CollectionCase openCase(Account account, LocalDate today, Agent agent, Team team) {
        return FixtureCases.openAssigned(em, account, today, agent, team, "DAYS_PAST_DUE", new BigDecimal("50"));
    }

    private long user(String username, String displayName, Role role) {
        return FixtureUsers.create(users, username, displayName, PASSWORD, role, FixtureUsers.BOGOTA);
    }

    private String username(long userId) {
        return FixtureUsers.username(em, userId);
    }
}
