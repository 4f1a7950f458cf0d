package com.acuerdo.testing;

import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.security.entity.Role;
import com.acuerdo.security.entity.UserAccount;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.Team;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Stores the people and records that other test data must point at (foreign keys), each in its own
 * committed transaction and under unique names, so tests never depend on demo data or on each other.
 * Add it to in-container test archives with {@link Deployments#acuerdoWithTests}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StoredFixtures {

    /** A team, its supervisor and one agent, as ids. */
    public record StoredAgent(long agentId, long teamId, long userId, long supervisorUserId) {}

    @PersistenceContext
    EntityManager em;

    public long user(Role role) {
        var user = new UserAccount(
                "t-" + unique(),
                "Usuario de prueba",
                "not-a-hash: test users never log in",
                Set.of(role),
                Locale.forLanguageTag("es"),
                ZoneId.of("America/Bogota"),
                Instant.now());
        em.persist(user);
        em.flush();
        return user.id();
    }

    public StoredAgent agent() {
        long supervisor = user(Role.SUPERVISOR);
        var team = new Team("Equipo de prueba " + unique(), supervisor);
        em.persist(team);
        long userId = user(Role.AGENT);
        var agent = new Agent(userId, "Asesor de prueba", team, 50);
        em.persist(agent);
        em.flush();
        return new StoredAgent(agent.id(), team.id(), userId, supervisor);
    }

    /** An outbound call on a fresh client's case, worked by a fresh agent; returns the contact id. */
    public long contact(LocalDate businessDate) {
        var agent = agent();
        var kase = Portfolio.openCase(businessDate);
        kase.assignTo(agent.agentId(), agent.teamId());
        persistCase(kase);
        var contact = new Contact(
                kase,
                null,
                Channel.CALL,
                Direction.OUTBOUND,
                ContactOutcome.NO_ANSWER,
                agent.agentId(),
                businessDate.atTime(15, 0).toInstant(java.time.ZoneOffset.UTC),
                "Llamada de prueba");
        em.persist(contact);
        em.flush();
        return contact.id();
    }

    /** A fresh client (with one delinquent account); returns the customer id. */
    public long customer(LocalDate businessDate) {
        var kase = Portfolio.openCase(businessDate);
        persistCase(kase);
        return kase.customer().id();
    }

    private void persistCase(CollectionCase kase) {
        em.persist(kase.customer());
        kase.accounts().forEach(em::persist);
        em.persist(kase);
        em.flush();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 12);
    }
}
