package com.acuerdo.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Portfolio;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly jobs in a real container on small data of their own: each test creates its clients and
 * runs the job on a fixed business date for exactly those clients (job parameters), so the shared
 * database's other data is never touched; the business date itself is only moved (and restored) by
 * the chain's test.
 */
@ExtendWith(ArquillianExtension.class)
class NightlyJobsIT {

    private static final LocalDate D = LocalDate.parse("2026-03-15");

    @Deployment
    static WebArchive deployment() {
        return Deployments.acuerdoWithTests(NightlyJobsIT.class, NightlyFixtures.class, Portfolio.class);
    }

    @Inject
    NightlyFixtures fixtures;

    private static Properties scope(LocalDate date, NightlyFixtures.Client... clients) {
        var parameters = new Properties();
        parameters.setProperty("businessDate", date.toString());
        parameters.setProperty("rangeSize", "2");
        parameters.setProperty(
                "firstCustomerId",
                Long.toString(Arrays.stream(clients)
                        .mapToLong(NightlyFixtures.Client::customerId)
                        .min()
                        .orElseThrow()));
        parameters.setProperty(
                "lastCustomerId",
                Long.toString(Arrays.stream(clients)
                        .mapToLong(NightlyFixtures.Client::customerId)
                        .max()
                        .orElseThrow()));
        return parameters;
    }

    private Object[] account(NightlyFixtures.Client client) {
        return fixtures.rows("SELECT days_past_due, bucket FROM account WHERE id = ?", client.accountId())
                .get(0);
    }

    private long moves(NightlyFixtures.Client client) {
        return fixtures.count("SELECT COUNT(*) FROM bucket_move WHERE account_id = ?", client.accountId());
    }

    private Object[] openCase(NightlyFixtures.Client client) {
        var rows = fixtures.rows(
                "SELECT id, bucket, objective, assigned_agent_id, priority_score FROM collection_case"
                        + " WHERE customer_id = ? AND status = 'OPEN'",
                client.customerId());
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Test
    void agingAgesAccountsWritesEachMoveOnceAndOpensAssignedCases() throws Exception {
        var late = fixtures.client(D.minusDays(40));
        var settled = fixtures.client(D.minusDays(10));
        fixtures.pay(settled.accountId(), D.minusDays(5), "1499.50");
        var paused = fixtures.client(D.minusDays(35));
        fixtures.pause(paused.customerId(), D.minusDays(20), D.minusDays(11));
        var dueToday = fixtures.client(D);
        var all = new NightlyFixtures.Client[] {late, settled, paused, dueToday};

        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", scope(D, all)));

        assertEquals(40, ((Number) account(late)[0]).intValue());
        assertEquals("DPD_30_59", account(late)[1].toString().trim());
        assertEquals("CURRENT", account(settled)[1].toString().trim(), "0.50 unpaid is below the tolerance");
        assertEquals(25, ((Number) account(paused)[0]).intValue(), "ten paused days do not count");
        assertEquals("CURRENT", account(dueToday)[1].toString().trim(), "due today is not overdue yet");
        assertEquals(1, moves(late));
        assertEquals(0, moves(settled));
        assertEquals(1, moves(paused));

        var lateCase = openCase(late);
        assertNotNull(lateCase, "a delinquent client gets a case");
        assertEquals("DPD_30_59", lateCase[1].toString().trim());
        assertEquals("IDENTIFY_BARRIERS", lateCase[2]);
        assertNotNull(lateCase[3], "new cases are assigned");
        assertTrue(((BigDecimal) lateCase[4]).signum() > 0);
        var partsSum = (BigDecimal) fixtures.rows(
                        "SELECT SUM(points), COUNT(*) FROM collection_case_priority_part WHERE case_id = ?",
                        ((Number) lateCase[0]).longValue())
                .get(0)[0];
        assertEquals(0, partsSum.compareTo((BigDecimal) lateCase[4]), "the explanation adds up to the score");
        assertEquals("REMIND", openCase(paused)[2]);
        assertNull(openCase(settled));
        assertNull(openCase(dueToday));

        // The same night again (a re-run): nothing new.
        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", scope(D, all)));
        assertEquals(1, moves(late));
        assertEquals(1, moves(paused));
        assertEquals(
                1, fixtures.count("SELECT COUNT(*) FROM collection_case WHERE customer_id = ?", late.customerId()));
        assertEquals(
                1,
                fixtures.count(
                        "SELECT COUNT(*) FROM audit_event WHERE event_type = 'CASE_OPENED' AND subject_id = ?",
                        lateCase[0].toString()));
    }

    @Test
    void agingClosesTheCaseAsCuredWhenEveryAccountIsCurrent() throws Exception {
        var client = fixtures.client(D.minusDays(40));
        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", scope(D, client)));
        long caseId = ((Number) openCase(client)[0]).longValue();

        fixtures.pay(client.accountId(), D, "1500.00");
        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", scope(D.plusDays(1), client)));
        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", scope(D.plusDays(1), client)));

        assertEquals("CURRENT", account(client)[1].toString().trim());
        var history = fixtures.rows(
                "SELECT from_bucket, to_bucket, moved_on FROM bucket_move WHERE account_id = ? ORDER BY moved_on",
                client.accountId());
        assertEquals(2, history.size());
        assertEquals("DPD_30_59", history.get(1)[0].toString().trim());
        assertEquals("CURRENT", history.get(1)[1].toString().trim());
        var closed = fixtures.rows("SELECT status, close_reason, closed_on FROM collection_case WHERE id = ?", caseId)
                .get(0);
        assertEquals("CLOSED", closed[0].toString().trim());
        assertEquals("CURED", closed[1].toString().trim());
        assertEquals(D.plusDays(1), ((java.sql.Date) closed[2]).toLocalDate());
    }
}
