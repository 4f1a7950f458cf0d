package com.acuerdo.quality;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.quality.boundary.Sampling;
import com.acuerdo.quality.entity.ReviewSample;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * TEST ONLY (QualityReviewsIT's archive, never shipped): a fresh team — supervisor, QA monitor, two
 * agents — and, in the period of the business date, one right-party call of the first agent already
 * in the QA queue (reason recorded, two of the four mandatory points ticked, a recording), plus eight
 * calls of the second agent with mixed outcomes for the sampling. Answers {@code key=value} lines.
 */
@Stateless
@Path("test-fixtures/quality")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_PLAIN)
public class QualityFixtures {

    public static final String PASSWORD = "Calidad.2026";
    public static final String RECORDING = "https://recordings.example.test/call-";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @POST
    public String scenario() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        var supervisor = user("qs-sup-" + run, "Silvia Supervisora " + run, Role.SUPERVISOR);
        var otherSupervisor = user("qs-sup2-" + run, "Otra Supervisora " + run, Role.SUPERVISOR);
        var qa = user("qs-qa-" + run, "Quique Calidad " + run, Role.QA);
        user("qs-qa2-" + run, "Quima Segunda " + run, Role.QA);
        user("qs-qa3-" + run, "Quino Tercero " + run, Role.QA);
        var team = FixtureCases.team(em, "Calidad " + run, supervisor);
        FixtureCases.team(em, "Otro equipo " + run, otherSupervisor);
        var reviewed = agent(run, "qs-ag1-", "Rita Revisada ", team);
        var sampled = agent(run, "qs-ag2-", "Samuel Muestra ", team);

        // The call in the queue: 65 days past due, objective SECURE_COMMITMENT (four mandatory points).
        var kase = openCase(run, 0, "Cliente calidad " + run, today, reviewed, team);
        var call = new Contact(
                kase,
                kase.accounts().iterator().next().id(),
                Channel.CALL,
                Direction.OUTBOUND,
                ContactOutcome.RIGHT_PARTY,
                reviewed.id(),
                today.atTime(15, 0).toInstant(ZoneOffset.UTC),
                "Perdió el empleo; quedamos en llamar el lunes.");
        call.explainDelay(DelayReason.INCOME_LOSS);
        call.coverTalkingPoints(List.of("GREET_IDENTIFY", "REVIEW_SITUATION"));
        call.agreeNextStep("CALLBACK", null);
        call.attachRecording(RECORDING + run + ".mp3");
        em.persist(call);
        em.flush();
        var period = Sampling.periodOf(today);
        em.persist(ReviewSample.sampled(call.id(), reviewed.id(), period[0], period[1], Instant.now()));

        // Eight calls of the second agent: 4 no answer, 2 right party, 1 refused, 1 third party.
        var sampleCase = openCase(run, 1, "Cliente muestra " + run, today, sampled, team);
        var outcomes = List.of(
                ContactOutcome.NO_ANSWER,
                ContactOutcome.NO_ANSWER,
                ContactOutcome.NO_ANSWER,
                ContactOutcome.NO_ANSWER,
                ContactOutcome.RIGHT_PARTY,
                ContactOutcome.RIGHT_PARTY,
                ContactOutcome.REFUSED,
                ContactOutcome.THIRD_PARTY);
        for (int i = 0; i < outcomes.size(); i++) {
            em.persist(new Contact(
                    sampleCase,
                    sampleCase.accounts().iterator().next().id(),
                    Channel.CALL,
                    Direction.OUTBOUND,
                    outcomes.get(i),
                    sampled.id(),
                    today.atTime(9 + i, 0).toInstant(ZoneOffset.UTC),
                    null));
        }
        em.flush();

        var lines = new ArrayList<String>();
        lines.add("password=" + PASSWORD);
        lines.add("supervisor=qs-sup-" + run);
        lines.add("otherSupervisor=qs-sup2-" + run);
        lines.add("qa=qs-qa-" + run);
        lines.add("qa2=qs-qa2-" + run);
        lines.add("qa3=qs-qa3-" + run);
        lines.add("qa2Name=Quima Segunda " + run);
        lines.add("qa3Name=Quino Tercero " + run);
        lines.add("supervisorName=Silvia Supervisora " + run);
        lines.add("agent=qs-ag1-" + run);
        lines.add("agentName=" + reviewed.displayName());
        lines.add("agentId=" + reviewed.id());
        lines.add("sampledAgent=" + sampled.id());
        lines.add("client=" + kase.customer().fullName());
        lines.add("sampleCase=" + sampleCase.id());
        lines.add("sampleClient=" + sampleCase.customer().fullName());
        lines.add("contact=" + call.id());
        lines.add("recording=" + RECORDING + run + ".mp3");
        return String.join("\n", lines) + "\n";
    }

    /** The outcomes of an agent's sampled contacts, sorted, and how many there are. */
    @GET
    @Path("samples")
    public String samples(@QueryParam("agent") long agentId) {
        List<String> outcomes = em
                .createQuery(
                        "select c.outcome from ReviewSample s, Contact c where c.id = s.contactId and s.agentId = :agent",
                        ContactOutcome.class)
                .setParameter("agent", agentId)
                .getResultList()
                .stream()
                .map(Enum::name)
                .sorted()
                .toList();
        return "count=" + outcomes.size() + "\noutcomes=" + outcomes.stream().collect(Collectors.joining(",")) + "\n";
    }

    private Agent agent(String run, String prefix, String name, Team team) {
        var agent = FixtureCases.agent(em, user(prefix + run, name + run, Role.AGENT), name + run, team, 500);
        em.flush();
        return agent;
    }

    private CollectionCase openCase(String run, int n, String name, LocalDate today, Agent agent, Team team) {
        var customer = new Customer("QS-" + run + "-C" + n, Portfolio.details(name));
        em.persist(customer);
        var account = new Account(
                "QS-" + run + "-A" + n,
                customer,
                Product.CREDIT_CARD,
                "MXN",
                today.minusYears(2),
                Money.of("30000.00", "MXN"));
        account.addBill("QS-" + run + "-B" + n, today.minusDays(65), Money.of("8000.00", "MXN"));
        account.age(today, Money.of("1.00", "MXN"), List.<PausePeriod>of());
        em.persist(account);
        return FixtureCases.openAssigned(em, account, today, agent, team, "DAYS_PAST_DUE", BigDecimal.TEN);
    }

    private long user(String username, String displayName, Role role) {
        return FixtureUsers.create(users, username, displayName, PASSWORD, role, FixtureUsers.MEXICO_CITY);
    }
}
