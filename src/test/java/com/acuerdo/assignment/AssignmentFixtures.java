package com.acuerdo.assignment;

import com.acuerdo.account.entity.Product;
import com.acuerdo.assignment.boundary.CaseAssignments;
import com.acuerdo.casework.entity.CloseReason;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.audit.AuditEvent;
import com.acuerdo.platform.batch.CustomerScope;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.AbsenceKind;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * TEST ONLY (AssignmentIT's archive): stores fresh teams, agents and clients under unique names and
 * answers their facts as {@code key=value} lines; runs the night's assignment on those clients only;
 * reads a case's agent and audit trail.
 */
@Stateless
@Path("test-fixtures/assignment")
@RolesAllowed(Role.Names.ADMIN)
public class AssignmentFixtures {

    public static final String PASSWORD = "Asigna.2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CaseAssignments assignments;

    /**
     * A team made for English-speaking mortgage clients 30–59 days late (so no other team's agents
     * compete), agents A, B and C; four new clients, a re-delinquent client whose last case B worked,
     * and a case of C, who then leaves (inactive): an orphan.
     */
    @POST
    @Path("service")
    @Produces(MediaType.TEXT_PLAIN)
    public String service() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        var team = team(run);
        var a = agent(run, "a", team);
        var b = agent(run, "b", team);
        var c = agent(run, "c", team);
        var lines = new ArrayList<String>();
        var customers = new ArrayList<Long>();
        var fresh = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            var kase = openCase(run, "n" + i, today);
            fresh.add(kase.id());
            customers.add(kase.customer().id());
        }
        var closed = openCase(run, "r", today.minusDays(60));
        closed.assignTo(b.id(), team.id());
        closed.close(CloseReason.CURED, today.minusDays(20));
        em.flush();
        var again = openCase(run, "r2", today, closed.customer());
        customers.add(again.customer().id());
        var orphan = openCase(run, "o", today);
        orphan.assignTo(c.id(), team.id());
        customers.add(orphan.customer().id());
        c.deactivate();
        em.flush();
        lines.add("team=" + team.id());
        lines.add("agentA=" + a.id());
        lines.add("agentB=" + b.id());
        lines.add("agentC=" + c.id());
        lines.add("fresh=" + fresh.stream().map(String::valueOf).collect(Collectors.joining(",")));
        lines.add("redelinquent=" + again.id());
        lines.add("orphan=" + orphan.id());
        lines.add("first=" + customers.stream().mapToLong(Long::longValue).min().orElseThrow());
        lines.add("last=" + customers.stream().mapToLong(Long::longValue).max().orElseThrow());
        lines.add("today=" + today);
        return String.join("\n", lines) + "\n";
    }

    /** A supervisor and two agents who can log in; three open cases of agent A. */
    @POST
    @Path("screen")
    @Produces(MediaType.TEXT_PLAIN)
    public String screen() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        var supervisor = user("as-sup-" + run, "Sara Supervisora", Role.SUPERVISOR);
        var team = FixtureCases.team(em, "Asignación " + run, supervisor);
        var a = FixtureCases.agent(
                em, user("as-ana-" + run, "Ana Saliente", Role.AGENT), "Ana Saliente " + run, team, 100);
        var b = FixtureCases.agent(
                em, user("as-beto-" + run, "Beto Entrante", Role.AGENT), "Beto Entrante " + run, team, 100);
        em.flush();
        var ids = new ArrayList<Long>();
        var names = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            var kase = openCase(run, "s" + i, today);
            kase.assignTo(a.id(), team.id());
            ids.add(kase.id());
            names.add(kase.customer().fullName());
        }
        em.flush();
        return String.join(
                        "\n",
                        "password=" + PASSWORD,
                        "supervisor=as-sup-" + run,
                        "agentA=as-ana-" + run,
                        "agentB=as-beto-" + run,
                        "agentAId=" + a.id(),
                        "agentBId=" + b.id(),
                        "agentBName=" + b.displayName(),
                        "cases=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")),
                        "names=" + String.join("|", names))
                + "\n";
    }

    @POST
    @Path("night")
    @Produces(MediaType.TEXT_PLAIN)
    public String night(
            @QueryParam("date") String date, @QueryParam("first") long first, @QueryParam("last") long last) {
        var counts = assignments.night(LocalDate.parse(date), new CustomerScope(first, last));
        return "returned=" + counts.returned() + "\ncovered=" + counts.covered() + "\nassigned=" + counts.assigned()
                + "\nunplaced=" + counts.unplaced() + "\n";
    }

    @POST
    @Path("absence")
    @Produces(MediaType.TEXT_PLAIN)
    public String absence(
            @QueryParam("agent") long agentId, @QueryParam("from") String from, @QueryParam("until") String until) {
        assignments.recordAbsence(
                agentId, AbsenceKind.VACATION, LocalDate.parse(from), LocalDate.parse(until), "vacaciones de prueba");
        return "ok\n";
    }

    /** The case's agent and its audit events, oldest first: type|actor|detail per line. */
    @GET
    @Path("case/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String kase(@PathParam("id") long id) {
        var kase = em.find(CollectionCase.class, id);
        var lines = new ArrayList<String>();
        lines.add("agent=" + kase.assignedAgentId().map(String::valueOf).orElse(""));
        lines.add("team=" + kase.teamId().map(String::valueOf).orElse(""));
        List<AuditEvent> events = em.createQuery(
                        "select e from AuditEvent e where e.subjectType = 'CASE' and e.subjectId = :id order by e.id",
                        AuditEvent.class)
                .setParameter("id", Long.toString(id))
                .getResultList();
        for (var event : events) {
            lines.add("event=" + event.type() + "|" + event.actor() + "|" + event.detail());
        }
        return String.join("\n", lines) + "\n";
    }

    /** An agent's capacity, skills and the latest rule-change audit about them. */
    @GET
    @Path("agent/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String agent(@PathParam("id") long id) {
        var agent = em.find(Agent.class, id);
        var lines = new ArrayList<String>();
        lines.add("capacity=" + agent.capacity());
        lines.add("languages="
                + agent.languages().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        lines.add("workingDays="
                + agent.workingDays().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        lines.add("shift=" + agent.schedule().shiftStart() + "-"
                + agent.schedule().shiftEnd());
        for (var event : em.createQuery(
                        "select e from AuditEvent e where e.subjectType = 'AGENT' and e.subjectId = :id order by e.id",
                        AuditEvent.class)
                .setParameter("id", Long.toString(id))
                .getResultList()) {
            lines.add("event=" + event.type() + "|" + event.actor() + "|" + event.detail());
        }
        return String.join("\n", lines) + "\n";
    }

    private Team team(String run) {
        var team = new Team("Hipotecas EN " + run, user("as-s-" + run, "Supervisor", Role.SUPERVISOR));
        team.takeCasesOf(
                Set.of(Product.MORTGAGE), Set.of(com.acuerdo.aging.entity.AgingBucket.DPD_30_59), Set.of(Language.EN));
        em.persist(team);
        return team;
    }

    private Agent agent(String run, String name, Team team) {
        var agent = FixtureCases.agent(
                em,
                user("as-" + name + "-" + run, "Agente " + name, Role.AGENT),
                "Agente " + name + " " + run,
                team,
                50);
        em.flush();
        return agent;
    }

    private CollectionCase openCase(String run, String name, LocalDate openedOn) {
        var customer = FixtureCases.englishCustomer(em, Portfolio.nextId("AS-C-"), "Cliente " + name + " " + run);
        return openCase(run, name, openedOn, customer);
    }

    private CollectionCase openCase(String run, String name, LocalDate openedOn, Customer customer) {
        return FixtureCases.unassignedMortgageCase(
                em, customer, Portfolio.nextId("AS-A-"), Portfolio.nextId("AS-B-"), openedOn);
    }

    private long user(String username, String displayName, Role role) {
        return FixtureUsers.create(users, username, displayName, PASSWORD, role, FixtureUsers.BOGOTA);
    }
}
