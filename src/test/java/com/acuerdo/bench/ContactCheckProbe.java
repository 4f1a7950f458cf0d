package com.acuerdo.bench;

import com.acuerdo.contact.boundary.Contacts;
import com.acuerdo.contact.control.ContactGuard;
import com.acuerdo.contact.control.ContactIntent;
import com.acuerdo.contact.control.ContactSituation;
import com.acuerdo.contact.control.DefaultContactPolicies;
import com.acuerdo.contact.control.PastContact;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.security.boundary.CurrentUser;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * TEST ONLY (added to the benchmark's archive, never shipped): times the contact check in-process,
 * as the calling agent, on the accounts of their own cases. Each call of the boundary is its own
 * transaction with its own database reads (this bean has none), as when a screen or the API asks.
 * Answers the report lines as text.
 */
@RequestScoped
@Path("test-bench/contact-check")
public class ContactCheckProbe {

    private static final Channel[] CHANNELS = {Channel.CALL, Channel.CALL, Channel.SMS, Channel.EMAIL};

    @Inject
    Contacts contacts;

    @Inject
    CurrentUser currentUser;

    @Resource(lookup = "jdbc/__default")
    DataSource data;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String time(@QueryParam("checks") int checks) throws SQLException {
        var agent = currentUser.getUsername();
        var accounts = new ArrayList<String>();
        LocalDate today;
        try (var db = data.getConnection();
                var st = db.createStatement()) {
            try (var rs = st.executeQuery("SELECT current_date_value FROM business_date WHERE id = 1")) {
                rs.next();
                today = rs.getDate(1).toLocalDate();
            }
            try (var rs = st.executeQuery("SELECT a.external_id FROM collection_case c"
                    + " JOIN collection_case_account ca ON ca.case_id = c.id JOIN account a ON a.id = ca.account_id"
                    + " JOIN agent g ON g.id = c.assigned_agent_id JOIN app_user u ON u.id = g.user_id"
                    + " WHERE u.username = '" + agent.replace("'", "") + "' AND c.status = 'OPEN' ORDER BY a.id")) {
                while (rs.next()) {
                    accounts.add(rs.getString(1));
                }
            }
        }
        if (accounts.isEmpty()) {
            throw new IllegalStateException(agent + " holds no cases");
        }
        // A moment inside most of the clients' hours on the business date (their contacts are the weeks before).
        var at = today.atTime(17, 0).toInstant(ZoneOffset.UTC);
        int n = Math.max(checks, 1);
        for (int i = 0; i < Math.max(200, n / 5); i++) {
            contacts.check(accounts.get(i % accounts.size()), CHANNELS[i % CHANNELS.length], at);
        }
        var nanos = new long[n];
        long allowed = 0;
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            var account = accounts.get((int) ((i * 7919L) % accounts.size()));
            long started = System.nanoTime();
            var decision = contacts.check(account, CHANNELS[i % CHANNELS.length], at);
            nanos[i] = System.nanoTime() - started;
            allowed += decision.allowed() ? 1 : 0;
        }
        var boundary = new Timings("contact-check boundary", nanos, System.nanoTime() - wall);
        var lines = new StringBuilder(boundary.line())
                .append(String.format(
                        "  (%d accounts of %s, %d of %d allowed, at %s)%n", accounts.size(), agent, allowed, n, at));
        lines.append(pureGuard(at).line()).append('\n');
        return lines.toString();
    }

    /** The decision alone: a US client with a week of calls, nothing read. */
    private static Timings pureGuard(Instant at) {
        var guard = new ContactGuard();
        var history = new ArrayList<PastContact>();
        for (int day = 1; day <= 6; day++) {
            history.add(PastContact.outbound(at.minusSeconds(day * 86_400L), Channel.CALL, ContactOutcome.NO_ANSWER));
        }
        var situation = new ContactSituation(
                DefaultContactPolicies.us(), Set.of(), ZoneId.of("America/New_York"), true, false, List.of(), history);
        for (int i = 0; i < 20_000; i++) {
            guard.decide(situation, ContactIntent.of(CHANNELS[i % CHANNELS.length], at.plusSeconds(i)));
        }
        int n = 50_000;
        var nanos = new long[n];
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            guard.decide(situation, ContactIntent.of(CHANNELS[i % CHANNELS.length], at.plusSeconds(i)));
            nanos[i] = System.nanoTime() - started;
        }
        return new Timings("contact guard (pure)", nanos, System.nanoTime() - wall);
    }
}
