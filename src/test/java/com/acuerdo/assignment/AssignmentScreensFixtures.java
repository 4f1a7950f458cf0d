package com.acuerdo.assignment;

import com.acuerdo.assignment.boundary.CaseAssignments;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.platform.audit.Audit;
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
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * TEST ONLY (AssignmentScreensIT's archive): a supervisor's own team with two agents, three open cases
 * of the first (English-speaking mortgage clients 30–59 days late), the clients' id range for a night
 * over them alone; a team's rules and the audit about a subject; the balance spread put back.
 */
@Stateless
@Path("test-fixtures/assignment-screens")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_PLAIN)
public class AssignmentScreensFixtures {

    public static final String PASSWORD = "Reglas.2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CaseAssignments assignments;

    @Inject
    Audit audit;

    @POST
    @Path("scenario")
    public String scenario() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        var supervisor = user("rs-sup-" + run, Role.SUPERVISOR);
        var team = FixtureCases.team(em, "Reglas " + run, supervisor);
        var a = FixtureCases.agent(em, user("rs-ana-" + run, Role.AGENT), "Ana Ausente " + run, team, 100);
        var b = FixtureCases.agent(em, user("rs-beto-" + run, Role.AGENT), "Beto Presente " + run, team, 100);
        em.flush();
        var ids = new ArrayList<Long>();
        var names = new ArrayList<String>();
        var customers = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            var kase = openCase(run, i, today);
            kase.assignTo(a.id(), team.id());
            ids.add(kase.id());
            names.add(kase.customer().fullName());
            customers.add(kase.customer().id());
        }
        em.flush();
        return String.join(
                        "\n",
                        "run=" + run,
                        "password=" + PASSWORD,
                        "supervisor=rs-sup-" + run,
                        "teamId=" + team.id(),
                        "teamName=" + team.name(),
                        "agentAId=" + a.id(),
                        "agentBId=" + b.id(),
                        "cases=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")),
                        "names=" + String.join("|", names),
                        "first="
                                + customers.stream()
                                        .mapToLong(Long::longValue)
                                        .min()
                                        .orElseThrow(),
                        "last="
                                + customers.stream()
                                        .mapToLong(Long::longValue)
                                        .max()
                                        .orElseThrow(),
                        "today=" + today)
                + "\n";
    }

    /**
     * Deactivates the scenario's agents: their team takes what other classes' teams take (English
     * mortgage clients 30–59 days late), and a later night must not hand those classes' cases to them.
     */
    @POST
    @Path("team/{id}/retire")
    public String retire(@PathParam("id") long teamId) {
        var agents = em.createQuery("select a from Agent a where a.team.id = :team", Agent.class)
                .setParameter("team", teamId)
                .getResultList();
        agents.forEach(Agent::deactivate);
        return agents.size() + "\n";
    }

    /** What the team takes: {@code products=…}, {@code buckets=…}, {@code languages=…} (sorted, comma-separated). */
    @GET
    @Path("team/{id}")
    public String team(@PathParam("id") long id) {
        var team = em.find(Team.class, id);
        return "products=" + names(team.products()) + "\nbuckets=" + names(team.buckets()) + "\nlanguages="
                + names(team.languages()) + "\n";
    }

    /** Audit events about a subject, newest first: {@code type|actor|detail} per line. */
    @GET
    @Path("audit")
    public String audit(@QueryParam("type") String type, @QueryParam("id") String id) {
        return audit.eventsAbout(type, id).stream()
                .map(e -> e.type() + "|" + e.actor() + "|" + e.detail())
                .collect(Collectors.joining("\n"));
    }

    @GET
    @Path("spread")
    public String spread() {
        return assignments.spreadPercent() + "\n";
    }

    @POST
    @Path("spread")
    public String restoreSpread(@FormParam("percent") int percent) {
        if (assignments.spreadPercent() != percent) {
            assignments.changeSpread(percent);
        }
        return assignments.spreadPercent() + "\n";
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private CollectionCase openCase(String run, int i, LocalDate today) {
        var customer = FixtureCases.englishCustomer(em, Portfolio.nextId("RS-C-"), "Cliente " + i + " " + run);
        return FixtureCases.unassignedMortgageCase(
                em, customer, Portfolio.nextId("RS-A-"), Portfolio.nextId("RS-B-"), today);
    }

    private long user(String username, Role role) {
        return FixtureUsers.create(users, username, "Usuario " + username, PASSWORD, role, FixtureUsers.BOGOTA);
    }
}
