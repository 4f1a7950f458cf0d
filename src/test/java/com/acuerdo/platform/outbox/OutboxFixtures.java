package com.acuerdo.platform.outbox;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.entity.Role;
import com.acuerdo.testing.StoredFixtures;
import com.acuerdo.tone.control.ToneRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * TEST ONLY (OutboxIT's archive, never shipped): sets the delivery settings, enqueues messages
 * through the real {@link Outbox}, runs the worker now and reports a message's state, as
 * {@code key=value} lines.
 */
@Stateless
@Path("test-fixtures/outbox")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_PLAIN)
public class OutboxFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    StoredFixtures fixtures;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxRepository messages;

    @Inject
    Clock clock;

    @PUT
    @Path("settings")
    @Consumes(MediaType.TEXT_PLAIN)
    public String settings(String lines) throws IOException {
        var values = new HashMap<String, String>();
        properties(lines).forEach((key, value) -> values.put((String) key, (String) value));
        OutboxTestSettings.override(values);
        return "ok";
    }

    /** A fresh client and one message to them; 409 with the expressions when the tone check refuses. */
    @POST
    @Path("messages")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response enqueue(String lines) throws IOException {
        var message = properties(lines);
        long customerId = fixtures.customer(calendar.today());
        try {
            long id = outbox.enqueue(
                    Channel.valueOf(message.getProperty("channel")),
                    customerId,
                    message.getProperty("recipient"),
                    Language.ofCode(message.getProperty("language", "es")),
                    message.getProperty("subject"),
                    message.getProperty("body"),
                    null);
            return Response.ok("id=" + id + "\n").build();
        } catch (ToneRefused refused) {
            var hits = refused.hits().stream()
                    .map(hit -> hit.found() + "@" + hit.start() + "-" + hit.end())
                    .collect(Collectors.joining("|"));
            return Response.status(Response.Status.CONFLICT)
                    .entity("expressions=" + String.join("|", refused.expressions()) + "\nhits=" + hits + "\n")
                    .build();
        }
    }

    @GET
    @Path("messages/{id}")
    public String message(@PathParam("id") long id) {
        var message = messages.find(id).orElseThrow();
        return "status=" + message.status() + "\nattempts=" + message.attempts() + "\nlastError="
                + message.lastError().orElse("") + "\n";
    }

    @GET
    @Path("messages")
    public String count(@QueryParam("recipient") String recipient) {
        return "count="
                + em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :recipient", Long.class)
                        .setParameter("recipient", recipient)
                        .getSingleResult()
                + "\n";
    }

    @POST
    @Path("deliver")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String deliver() {
        return "sent=" + worker.deliverDue() + "\n";
    }

    @POST
    @Path("messages/{id}/claim")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String claim(@PathParam("id") long id) {
        return "claimed="
                + delivery.claim(id, clock.instant(), Duration.ofMinutes(1)).isPresent() + "\n";
    }

    private static Properties properties(String lines) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(lines));
        return properties;
    }
}
