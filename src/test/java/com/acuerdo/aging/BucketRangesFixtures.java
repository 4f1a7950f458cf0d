package com.acuerdo.aging;

import static com.acuerdo.testing.FixtureRequests.asCaller;
import static com.acuerdo.testing.FixtureRequests.date;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketScheme;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.boundary.BucketRanges;
import com.acuerdo.strategy.boundary.ConfigurationProposals;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.testing.FixtureRequests;
import com.acuerdo.testing.FixtureUsers;
import com.acuerdo.testing.Portfolio;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * TEST ONLY (BucketRangesIT's archive, never shipped; not an EJB, so the boundary's refusals reach
 * the API's error mapping unwrapped): two fresh clients 20 and 40 days past due on the next business
 * date, a fresh supervisor, thin doors onto {@link BucketRanges} that run as the HTTP caller, the
 * aging job for exactly the run's clients, and the removal of the run's versions and proposals.
 * Answers {@code key=value} lines.
 */
@RequestScoped
@Path("test-fixtures/bucket-ranges")
@Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
public class BucketRangesFixtures {

    public static final String PASSWORD = "Gestion.2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessCalendar calendar;

    @Inject
    UserAccounts users;

    @Inject
    BucketRanges bucketRanges;

    @Inject
    ConfigurationProposals proposals;

    @Context
    SecurityContext security;

    @POST
    @Path("scenario")
    @Transactional
    public String scenario() {
        FixtureRequests.requireAdmin(security);
        var run = "br" + UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        var next = ConfigurationRules.earliest(today);
        FixtureUsers.create(
                users, "br-sup-" + run, "Supervisora " + run, PASSWORD, Role.SUPERVISOR, FixtureUsers.MEXICO_CITY);
        var lines = new ArrayList<String>();
        for (int days : new int[] {20, 40}) {
            var customer = Portfolio.customer();
            em.persist(customer);
            var account = Portfolio.account(customer);
            account.addBill(Portfolio.nextId("BR-"), next.minusDays(days), Portfolio.mxn("1500.00"));
            em.persist(account);
            em.flush();
            lines.add("customer" + days + "=" + customer.id());
            lines.add("account" + days + "=" + account.id());
        }
        lines.add("run=" + run);
        lines.add("supervisor=br-sup-" + run);
        lines.add("password=" + PASSWORD);
        lines.add("today=" + today);
        lines.add("next=" + next);
        return String.join("\n", lines) + "\n";
    }

    /** Ranges as {@code 0-0,1-14,15-59,…,180-} (an empty end = open-ended), scheduled as the caller. */
    @POST
    @Path("ranges")
    public String schedule(@FormParam("ranges") String ranges, @FormParam("from") String from) {
        var stored = asCaller(() -> bucketRanges.scheduleRanges(ranges(ranges), date(from)));
        return "stored=" + stored.isPresent() + "\n";
    }

    @POST
    @Path("proposal")
    public String propose(
            @FormParam("ranges") String ranges, @FormParam("from") String from, @FormParam("reason") String reason) {
        var proposal = asCaller(() -> bucketRanges.proposeRanges(ranges(ranges), date(from), reason));
        return "id=" + proposal.id() + "\nversion=" + proposal.version() + "\nsummary=" + proposal.summary() + "\n";
    }

    @POST
    @Path("approval")
    public String approve(@FormParam("id") long id, @FormParam("version") long version) {
        var decided = asCaller(() -> proposals.approve(id, version, "ok"));
        return "status=" + decided.status() + "\n";
    }

    /** The ranges in force on a date, as the scheme writes them. */
    @GET
    @Path("in-force")
    public String inForce(@QueryParam("date") String date) {
        return asCaller(() -> bucketRanges.rangesOn(date(date))).toString();
    }

    /** One {@code date|state|ranges} line per version, newest first. */
    @GET
    @Path("history")
    public String history() {
        return asCaller(() -> bucketRanges.rangesHistory()).stream()
                .map(v -> v.effectiveFrom() + "|" + v.state() + "|" + v.scheme())
                .collect(Collectors.joining("\n"));
    }

    /** Runs the aging job on a date for the given clients only and answers how it ended. */
    @POST
    @Path("aging")
    public String age(@FormParam("date") String date, @FormParam("first") long first, @FormParam("last") long last)
            throws InterruptedException {
        FixtureRequests.requireAdmin(security);
        var parameters = new Properties();
        parameters.setProperty("businessDate", date);
        parameters.setProperty("firstCustomerId", Long.toString(first));
        parameters.setProperty("lastCustomerId", Long.toString(last));
        var operator = BatchRuntime.getJobOperator();
        long id = operator.start("aging", parameters);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            var status = operator.getJobExecution(id).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                return "status=" + status + "\n";
            }
            Thread.sleep(200);
        }
        return "status=TIMEOUT\n";
    }

    /** What aging left on an account, its moves ({@code from>to@date/days}) and its client's open case. */
    @GET
    @Path("account")
    public String account(@QueryParam("id") long id) {
        FixtureRequests.requireAdmin(security);
        var row = (Object[]) em.createNativeQuery("SELECT days_past_due, bucket, customer_id FROM account WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
        var moves = ((List<?>)
                        em.createNativeQuery("SELECT from_bucket, to_bucket, moved_on, days_past_due FROM bucket_move"
                                        + " WHERE account_id = ? ORDER BY moved_on, id")
                                .setParameter(1, id)
                                .getResultList())
                .stream()
                        .map(move -> (Object[]) move)
                        .map(move -> move[0].toString().trim() + ">"
                                + move[1].toString().trim() + "@" + move[2] + "/" + move[3])
                        .collect(Collectors.joining(","));
        var kase = ((List<?>) em.createNativeQuery(
                                "SELECT bucket, objective FROM collection_case WHERE customer_id = ? AND status = 'OPEN'")
                        .setParameter(1, ((Number) row[2]).longValue())
                        .getResultList())
                .stream()
                        .map(k -> (Object[]) k)
                        .map(k -> k[0].toString().trim() + "/" + k[1])
                        .findFirst()
                        .orElse("");
        return "days=" + row[0] + "\nbucket=" + row[1].toString().trim() + "\nmoves=" + moves + "\ncase=" + kase + "\n";
    }

    @GET
    @Path("audit")
    public String audit() {
        FixtureRequests.requireAdmin(security);
        return ((List<?>) em.createNativeQuery("SELECT detail FROM audit_event WHERE subject_type = 'BUCKET_RANGES'"
                                + " ORDER BY id DESC")
                        .setMaxResults(5)
                        .getResultList())
                .stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    /** Removes the versions from the date and the run's proposals (the audit trail stays, as it must). */
    @POST
    @Path("cleanup")
    @Transactional
    public String cleanup(@FormParam("from") String from, @FormParam("run") String run) {
        FixtureRequests.requireAdmin(security);
        int versions = em.createQuery("DELETE FROM BucketSchemeVersion s WHERE s.effectiveFrom = :from")
                .setParameter("from", date(from))
                .executeUpdate();
        int proposed = em.createQuery("DELETE FROM ConfigurationProposal p WHERE p.reason LIKE :run")
                .setParameter("run", "%" + run)
                .executeUpdate();
        return "versions=" + versions + "\nproposals=" + proposed + "\n";
    }

    private static List<BucketScheme.Range> ranges(String text) {
        var buckets = AgingBucket.values();
        var parts = text.split(",", -1);
        var ranges = new ArrayList<BucketScheme.Range>();
        for (int i = 0; i < parts.length && i < buckets.length; i++) {
            var ends = parts[i].split("-", -1);
            ranges.add(new BucketScheme.Range(buckets[i], number(ends[0]), ends.length > 1 ? number(ends[1]) : null));
        }
        return ranges;
    }

    private static Integer number(String text) {
        return text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}
