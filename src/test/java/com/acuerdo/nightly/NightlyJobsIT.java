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

    @Inject
    com.acuerdo.casework.batch.CoreBankExports exports;

    @Inject
    com.acuerdo.reminder.boundary.ReminderDesk reminders;

    @Inject
    com.acuerdo.platform.time.BusinessCalendar calendar;

    @Inject
    NightlyRuns runs;

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

    private static Properties scope(LocalDate date, NightlyFixtures.Kase... cases) {
        return scope(
                date, Arrays.stream(cases).map(NightlyFixtures.Kase::client).toArray(NightlyFixtures.Client[]::new));
    }

    private String status(String table, long id) {
        return fixtures.rows("SELECT status FROM " + table + " WHERE id = ?", id)
                .get(0)[0]
                .toString()
                .trim();
    }

    @Test
    void promiseFollowUpKeepsPartsAndBreaksPromisesAndArrangements() throws Exception {
        var kept = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        var partial = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        var broken = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        var missed = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        var paying = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        long keptPromise = fixtures.promise(kept, "500.00", D.minusDays(1), D.minusDays(10));
        fixtures.pay(kept.accountId(), D.minusDays(3), "500.00");
        long partialPromise = fixtures.promise(partial, "500.00", D.minusDays(1), D.minusDays(10));
        fixtures.pay(partial.accountId(), D.minusDays(3), "200.00");
        long brokenPromise = fixtures.promise(broken, "500.00", D.minusDays(1), D.minusDays(10));
        long notDue = fixtures.promise(broken, "100.00", D, D.minusDays(2));
        long missedArrangement = fixtures.arrangement(missed, D.minusDays(20), D.minusDays(10));
        fixtures.pay(missed.accountId(), D.minusDays(20), "300.00");
        long payingArrangement = fixtures.arrangement(paying, D.minusDays(20), D.minusDays(10));
        fixtures.pay(paying.accountId(), D.minusDays(20), "900.00");
        var parameters = scope(D, kept, partial, broken, missed, paying);

        assertEquals(BatchStatus.COMPLETED, fixtures.run("promise-follow-up", parameters));

        assertEquals("KEPT", status("promise_to_pay", keptPromise));
        assertEquals("PARTIAL", status("promise_to_pay", partialPromise));
        assertEquals("BROKEN", status("promise_to_pay", brokenPromise));
        assertEquals("OPEN", status("promise_to_pay", notDue), "due today is followed up tomorrow");
        assertEquals("BROKEN", status("payment_arrangement", missedArrangement));
        assertEquals("ACTIVE", status("payment_arrangement", payingArrangement));
        assertEquals(
                "PAID",
                fixtures.rows(
                                "SELECT status FROM instalment WHERE arrangement_id = ? AND number = 1",
                                payingArrangement)
                        .get(0)[0]
                        .toString()
                        .trim());
        long events = fixtures.count(
                "SELECT COUNT(*) FROM audit_event WHERE subject_id IN (?, ?, ?) AND event_type LIKE 'PROMISE_%'",
                Long.toString(keptPromise), Long.toString(partialPromise), Long.toString(brokenPromise));
        assertEquals(3, events);

        assertEquals(BatchStatus.COMPLETED, fixtures.run("promise-follow-up", parameters));
        assertEquals(
                events,
                fixtures.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_id IN (?, ?, ?) AND event_type LIKE 'PROMISE_%'",
                        Long.toString(keptPromise), Long.toString(partialPromise), Long.toString(brokenPromise)),
                "a re-run changes nothing");
    }

    @Test
    void escalationListsCasesRestrictsAccountsOnceAndExportsThem() throws Exception {
        var changed = fixtures.withCase(D.minusDays(130), D.minusDays(60));
        var chargeOff = fixtures.withCase(D.minusDays(200), D.minusDays(60));
        var promiseBreaker = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        fixtures.breakPromise(promiseBreaker, D.minusDays(30), D.minusDays(29));
        fixtures.breakPromise(promiseBreaker, D.minusDays(10), D.minusDays(9));
        fixtures.conversation(promiseBreaker, D.minusDays(2));
        var keeping = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        fixtures.breakPromise(keeping, D.minusDays(30), D.minusDays(29));
        fixtures.breakPromise(keeping, D.minusDays(10), D.minusDays(9));
        fixtures.promise(keeping, "300.00", D.plusDays(5), D.minusDays(1));
        var parameters = scope(D, changed, chargeOff, promiseBreaker, keeping);
        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", parameters));

        assertEquals(BatchStatus.COMPLETED, fixtures.run("escalation", parameters));
        assertEquals(BatchStatus.COMPLETED, fixtures.run("escalation", parameters));

        assertEquals(java.util.Set.of("NO_RIGHT_PARTY_CONTACT", "CHANGED_CONDITIONS"), reasons(changed));
        assertEquals(
                java.util.Set.of("NO_RIGHT_PARTY_CONTACT", "CHANGED_CONDITIONS", "CHARGE_OFF_CANDIDATE"),
                reasons(chargeOff));
        assertEquals(java.util.Set.of("BROKEN_PROMISES"), reasons(promiseBreaker));
        assertEquals(java.util.Set.of(), reasons(keeping), "escalation waits while a promise is being kept");
        var account = fixtures.rows(
                        "SELECT credit_limit_reduced, new_charges_blocked, external_id FROM account WHERE id = ?",
                        changed.accountId())
                .get(0);
        assertEquals(Boolean.TRUE, account[0]);
        assertEquals(Boolean.TRUE, account[1]);
        assertEquals(
                2, fixtures.count("SELECT COUNT(*) FROM core_bank_export WHERE account_id = ?", changed.accountId()));
        var file = exports.restrictionsFile(D);
        var lines = java.nio.file.Files.readAllLines(file);
        assertEquals("account_id,customer_id,action,effective_date", lines.get(0));
        var ours =
                lines.stream().filter(line -> line.startsWith(account[2] + ",")).toList();
        assertEquals(2, ours.size(), "each change exported once: " + ours);
        assertTrue(ours.stream().anyMatch(line -> line.contains(",CREDIT_LIMIT_REDUCED," + D)));
        var chargeOffAccount = fixtures.rows("SELECT external_id FROM account WHERE id = ?", chargeOff.accountId())
                .get(0)[0];
        assertTrue(java.nio.file.Files.readAllLines(exports.chargeOffFile(D)).stream()
                .anyMatch(line -> line.startsWith(chargeOffAccount + ",")));
        assertEquals(
                Boolean.TRUE,
                fixtures.rows("SELECT escalated FROM collection_case WHERE id = ?", changed.caseId())
                        .get(0)[0]);
    }

    @Test
    void escalationCompletesHalfDoneRestrictionsAndKeepsAnEarlierEscalationsReason() throws Exception {
        var halfRestricted = fixtures.withCase(D.minusDays(130), D.minusDays(60));
        var alreadyEscalated = fixtures.withCase(D.minusDays(130), D.minusDays(60));
        var silent = fixtures.withCase(D.minusDays(100), D.minusDays(60));
        var heardFrom = fixtures.withCase(D.minusDays(100), D.minusDays(60));
        fixtures.conversation(heardFrom, D.minusDays(20));
        var unassigned = fixtures.withCase(D.minusDays(100), D.minusDays(60));
        var parameters = scope(D, halfRestricted, alreadyEscalated, silent, heardFrom, unassigned);
        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", parameters));
        // A case nobody fits stays without team and agent; it is listed all the same.
        fixtures.update(
                "UPDATE collection_case SET team_id = NULL, assigned_agent_id = NULL WHERE id = ?",
                unassigned.caseId());
        var earlier = D.minusDays(10);
        fixtures.update(
                "UPDATE account SET credit_limit_reduced = TRUE, credit_limit_reduced_on = ? WHERE id = ?",
                java.sql.Date.valueOf(earlier),
                halfRestricted.accountId());
        fixtures.update(
                "UPDATE collection_case SET escalated = TRUE, escalation_reason = 'by the supervisor' WHERE id = ?",
                alreadyEscalated.caseId());

        assertEquals(BatchStatus.COMPLETED, fixtures.run("escalation", parameters));
        long events = escalatedEvents(halfRestricted, alreadyEscalated, silent, heardFrom, unassigned);
        assertEquals(BatchStatus.COMPLETED, fixtures.run("escalation", parameters));

        assertEquals(
                events,
                escalatedEvents(halfRestricted, alreadyEscalated, silent, heardFrom, unassigned),
                "a re-run changes nothing");
        assertEquals(6, events, "one event per listing: 2 + 2 + 1 + 0 + 1");
        assertEquals(java.util.Set.of("NO_RIGHT_PARTY_CONTACT"), reasons(unassigned));
        assertEquals(
                null,
                fixtures.rows("SELECT team_id FROM escalation WHERE case_id = ?", unassigned.caseId())
                        .get(0)[0],
                "listed without a team, for the supervisors' unassigned view");
        var half = fixtures.rows(
                        "SELECT credit_limit_reduced_on, new_charges_blocked, new_charges_blocked_on FROM account"
                                + " WHERE id = ?",
                        halfRestricted.accountId())
                .get(0);
        assertEquals(earlier.toString(), half[0].toString(), "a restriction already set stays as it was");
        assertEquals(Boolean.TRUE, half[1]);
        assertEquals(D.toString(), half[2].toString());
        assertEquals(
                java.util.List.of("NEW_CHARGES_BLOCKED"),
                fixtures
                        .rows("SELECT kind FROM core_bank_export WHERE account_id = ?", halfRestricted.accountId())
                        .stream()
                        .map(row -> row[0].toString().trim())
                        .toList(),
                "only what changed tonight goes to the core bank");
        assertEquals(java.util.Set.of("NO_RIGHT_PARTY_CONTACT", "CHANGED_CONDITIONS"), reasons(alreadyEscalated));
        assertEquals(
                "by the supervisor",
                fixtures.rows("SELECT escalation_reason FROM collection_case WHERE id = ?", alreadyEscalated.caseId())
                        .get(0)[0]);
        assertEquals(java.util.Set.of("NO_RIGHT_PARTY_CONTACT"), reasons(silent));
        var flagged = fixtures.rows(
                        "SELECT escalated, escalation_reason FROM collection_case WHERE id = ?", silent.caseId())
                .get(0);
        assertEquals(Boolean.TRUE, flagged[0]);
        assertEquals("NO_RIGHT_PARTY_CONTACT", flagged[1]);
        assertEquals(
                0,
                fixtures.count("SELECT COUNT(*) FROM core_bank_export WHERE account_id = ?", silent.accountId()),
                "90-119 days: no changed conditions");
        assertEquals(
                java.util.Set.of(), reasons(heardFrom), "a conversation 20 days ago is not yet 21 days of silence");
        assertEquals(
                Boolean.FALSE,
                fixtures.rows("SELECT escalated FROM collection_case WHERE id = ?", heardFrom.caseId())
                        .get(0)[0]);
    }

    @Test
    void escalationRestartedAfterAFailureMidWayEndsAsAnUninterruptedRun() throws Exception {
        // Two identical sets of cases: one escalated without interruption, one failing half-way and restarted.
        var steady = escalationSet();
        var restarted = escalationSet();
        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", scope(D, steady)));
        var parameters = scope(D, restarted);
        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", parameters));
        var broken = restarted[restarted.length / 2];
        var good = fixtures.rows("SELECT bucket FROM collection_case WHERE id = ?", broken.caseId())
                .get(0)[0];
        // A case the job cannot read: the chunk of its range fails, the ranges before it stay committed.
        fixtures.update("UPDATE collection_case SET bucket = 'UNREADABLE' WHERE id = ?", broken.caseId());
        parameters.setProperty("rangeSize", "1");

        assertEquals(BatchStatus.COMPLETED, fixtures.run("escalation", scope(D, steady)));
        var operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        long first = operator.start("escalation", parameters);
        assertEquals(BatchStatus.FAILED, fixtures.waitFor(first));
        assertTrue(
                escalatedEvents(restarted) > 0 && escalatedEvents(restarted) < escalatedEvents(steady),
                "the ranges before the failure were committed, the others not");

        fixtures.update("UPDATE collection_case SET bucket = ? WHERE id = ?", good, broken.caseId());
        long second = operator.restart(first, parameters);
        assertEquals(BatchStatus.COMPLETED, fixtures.waitFor(second));

        assertEquals(escalatedEvents(steady), escalatedEvents(restarted), "each listing audited once");
        for (int i = 0; i < steady.length; i++) {
            assertEquals(escalationOf(steady[i]), escalationOf(restarted[i]), "case " + i);
        }
        assertTrue(escalationOf(steady[3]).contains("CHANGED_CONDITIONS"), escalationOf(steady[3]));
    }

    /** Six cases from quiet to charge-off: new, silent, 90-119, 120-179, 180+, 120-179 but heard from. */
    private NightlyFixtures.Kase[] escalationSet() {
        var heardFrom = fixtures.withCase(D.minusDays(130), D.minusDays(60));
        fixtures.conversation(heardFrom, D.minusDays(2));
        return new NightlyFixtures.Kase[] {
            fixtures.withCase(D.minusDays(5), D.minusDays(3)),
            fixtures.withCase(D.minusDays(45), D.minusDays(40)),
            fixtures.withCase(D.minusDays(100), D.minusDays(60)),
            fixtures.withCase(D.minusDays(130), D.minusDays(60)),
            fixtures.withCase(D.minusDays(200), D.minusDays(60)),
            heardFrom
        };
    }

    /** What escalation decided for a case: listings, flag, restrictions and exports, without ids. */
    private String escalationOf(NightlyFixtures.Kase kase) {
        var listings = fixtures.rows(
                "SELECT reason, detail, escalated_on FROM escalation WHERE case_id = ? ORDER BY reason", kase.caseId());
        var flag = fixtures.rows("SELECT escalated, escalation_reason FROM collection_case WHERE id = ?", kase.caseId())
                .get(0);
        var account = fixtures.rows(
                        "SELECT credit_limit_reduced, credit_limit_reduced_on, new_charges_blocked, new_charges_blocked_on"
                                + " FROM account WHERE id = ?",
                        kase.accountId())
                .get(0);
        var exports = fixtures.rows(
                "SELECT kind, business_date FROM core_bank_export WHERE account_id = ? ORDER BY kind",
                kase.accountId());
        return listings.stream().map(Arrays::toString).toList() + " " + Arrays.toString(flag) + " "
                + Arrays.toString(account) + " "
                + exports.stream().map(Arrays::toString).toList();
    }

    private long escalatedEvents(NightlyFixtures.Kase... cases) {
        long events = 0;
        for (var kase : cases) {
            events += fixtures.count(
                    "SELECT COUNT(*) FROM audit_event WHERE event_type = 'CASE_ESCALATED' AND subject_type = 'CASE'"
                            + " AND subject_id = ?",
                    Long.toString(kase.caseId()));
        }
        return events;
    }

    private java.util.Set<String> reasons(NightlyFixtures.Kase kase) {
        var reasons = new java.util.HashSet<String>();
        for (var row : fixtures.rows("SELECT reason FROM escalation WHERE case_id = ?", kase.caseId())) {
            assertTrue(reasons.add(row[0].toString().trim()), "listed once per reason");
        }
        return reasons;
    }

    @Test
    void remindersGoOutOnceAndARefusedOneIsKeptAndRetried() throws Exception {
        var today = LocalDate.now();
        var willing = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        long dueToday = fixtures.promise(willing, "300.00", D, D.minusDays(3));
        var restricted = fixtures.withCase(D.minusDays(40), D.minusDays(20));
        long upcoming = fixtures.promise(restricted, "300.00", D.plusDays(2), D.minusDays(3));
        fixtures.restrict(
                restricted.customerId(), com.acuerdo.contact.entity.RestrictionType.NO_SMS, today.minusDays(1));
        var parameters = scope(D, willing, restricted);

        assertEquals(BatchStatus.COMPLETED, fixtures.run("reminders", parameters));
        sendRefusedForHours();
        assertEquals(BatchStatus.COMPLETED, fixtures.run("reminders", parameters));

        var sent = fixtures.rows(
                "SELECT kind, status, outbox_message_id FROM reminder WHERE subject_type = 'PROMISE' AND subject_id = ?",
                dueToday);
        assertEquals(1, sent.size());
        assertEquals("ON_DUE_DATE", sent.get(0)[0].toString().trim());
        assertEquals("SENT", sent.get(0)[1].toString().trim());
        assertEquals(1, outboxOf(willing), "sent once, however often the job runs");

        var kept = fixtures.rows(
                "SELECT kind, status, attempts, last_refusal FROM reminder WHERE subject_type = 'PROMISE'"
                        + " AND subject_id = ?",
                upcoming);
        assertEquals(1, kept.size());
        assertEquals("BEFORE_DUE", kept.get(0)[0].toString().trim());
        assertEquals("PENDING", kept.get(0)[1].toString().trim(), "refused, kept for later");
        assertTrue(((Number) kept.get(0)[2]).intValue() >= 2, "tried each night");
        assertNotNull(kept.get(0)[3]);
        assertEquals(0, outboxOf(restricted));

        // The client lifts the restriction: the next attempt sends it, once.
        fixtures.update("DELETE FROM contact_restriction WHERE customer_id = ?", restricted.customerId());
        assertEquals(BatchStatus.COMPLETED, fixtures.run("reminders", parameters));
        sendRefusedForHours();
        assertEquals(BatchStatus.COMPLETED, fixtures.run("reminders", parameters));
        assertEquals(
                "SENT",
                fixtures.rows("SELECT status FROM reminder WHERE subject_type = 'PROMISE' AND subject_id = ?", upcoming)
                        .get(0)[0]
                        .toString()
                        .trim());
        assertEquals(1, outboxOf(restricted));
    }

    /** Outside the client's hours the guard names the next allowed moment: the retry sends then. */
    private void sendRefusedForHours() {
        for (var row : fixtures.rows(
                "SELECT next_attempt_at FROM reminder WHERE status = 'PENDING' AND next_attempt_at IS NOT NULL"
                        + " AND created_on = ?",
                D)) {
            var at = ((java.sql.Timestamp) row[0]).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
            reminders.retryDue(D, at);
        }
    }

    private long outboxOf(NightlyFixtures.Kase kase) {
        return fixtures.count("SELECT COUNT(*) FROM outbox_message WHERE customer_id = ?", kase.customerId());
    }

    @Test
    void onlyOneInstanceClaimsANight() {
        var night = LocalDate.parse("2099-01-01");
        try {
            assertTrue(runs.claim(night, "instance-a"));
            assertEquals(false, runs.claim(night, "instance-b"), "the second instance does nothing");
            assertEquals(
                    "instance-a",
                    fixtures.rows("SELECT claimed_by FROM nightly_run WHERE business_date = ?", night)
                            .get(0)[0]);
        } finally {
            fixtures.update("DELETE FROM nightly_run WHERE business_date = ?", night);
        }
    }

    @Test
    void theChainStartedTwiceAdvancesTheBusinessDateOnce() throws Exception {
        var night = calendar.today();
        boolean ours = fixtures.count("SELECT COUNT(*) FROM nightly_run WHERE business_date = ?", night) == 0;
        var client = fixtures.client();
        var parameters = scope(night, client);
        try {
            var operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
            long first = operator.start("nightly", parameters);
            long second = operator.start("nightly", parameters);
            assertEquals(BatchStatus.COMPLETED, fixtures.waitFor(first));
            assertEquals(BatchStatus.COMPLETED, fixtures.waitFor(second));

            assertEquals(night.plusDays(1), calendar.today(), "advanced exactly once");
            var exits = new java.util.ArrayList<String>();
            for (long execution : new long[] {first, second}) {
                operator.getStepExecutions(execution).stream()
                        .filter(step -> step.getStepName().equals("advance-date"))
                        .forEach(step -> exits.add(step.getExitStatus()));
            }
            java.util.Collections.sort(exits);
            assertEquals(java.util.List.of("ADVANCED", "ALREADY_ADVANCED"), exits);
            assertTrue(
                    operator.getStepExecutions(first).stream()
                            .noneMatch(step -> step.getStepName().equals("inbox-import")),
                    "an empty inbox is skipped");
        } finally {
            fixtures.update("UPDATE business_date SET current_date_value = ?, version = version + 1", night);
            if (ours) {
                fixtures.update("DELETE FROM nightly_run WHERE business_date = ?", night);
            }
        }
    }

    @Test
    void agingRestartedAfterAFailureMidWayEndsAsAnUninterruptedRun() throws Exception {
        // Two identical portfolios: one aged without interruption, one failing half-way and restarted.
        var dues = new LocalDate[] {
            D.minusDays(5), D.minusDays(45), D.minusDays(75), D.minusDays(100), D.minusDays(130), D.minusDays(200)
        };
        var steady = new NightlyFixtures.Client[dues.length * 2];
        var restarted = new NightlyFixtures.Client[dues.length * 2];
        for (int i = 0; i < steady.length; i++) {
            steady[i] = fixtures.client(dues[i % dues.length]);
        }
        for (int i = 0; i < restarted.length; i++) {
            restarted[i] = fixtures.client(dues[i % dues.length]);
        }
        var broken = restarted[restarted.length / 2];
        var good = fixtures.rows("SELECT bucket FROM account WHERE id = ?", broken.accountId())
                .get(0)[0];
        // A row the job cannot read: the chunk of its range fails, the ranges before it stay committed.
        fixtures.update("UPDATE account SET bucket = 'UNREADABLE' WHERE id = ?", broken.accountId());
        var parameters = scope(D, restarted);
        parameters.setProperty("rangeSize", "1");

        assertEquals(BatchStatus.COMPLETED, fixtures.run("aging", scope(D, steady)));
        var operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        long first = operator.start("aging", parameters);
        assertEquals(BatchStatus.FAILED, fixtures.waitFor(first));
        long agedBefore = fixtures.count(
                "SELECT COUNT(*) FROM account WHERE aged_on = ? AND customer_id BETWEEN ? AND ?",
                D,
                Long.parseLong(parameters.getProperty("firstCustomerId")),
                Long.parseLong(parameters.getProperty("lastCustomerId")));
        assertTrue(agedBefore > 0, "the ranges before the failure were committed");

        // A witness in a range committed before the failure, its bucket made wrong: aged again, it would be
        // put right; the restart must leave it as it is (the step's counts cannot tell: they add up every
        // execution of the partitions).
        NightlyFixtures.Client witness = null;
        for (var client : restarted) {
            var row = fixtures.rows("SELECT aged_on, bucket FROM account WHERE id = ?", client.accountId())
                    .get(0);
            if (client != broken
                    && D.toString().equals(String.valueOf(row[0]))
                    && "DPD_30_59".equals(String.valueOf(row[1]).trim())) {
                witness = client;
                break;
            }
        }
        assertNotNull(witness, "a client aged before the failure, 30–59 days past due");
        fixtures.update("UPDATE account SET bucket = 'DPD_60_89' WHERE id = ?", witness.accountId());

        fixtures.update("UPDATE account SET bucket = ? WHERE id = ?", good, broken.accountId());
        long second = operator.restart(first, parameters);
        assertEquals(BatchStatus.COMPLETED, fixtures.waitFor(second));

        assertEquals(
                "DPD_60_89",
                String.valueOf(fixtures.rows("SELECT bucket FROM account WHERE id = ?", witness.accountId())
                                .get(0)[0])
                        .trim(),
                "the restart continued after the last committed range: the witness's range was not aged again");
        for (int i = 0; i < steady.length; i++) {
            if (restarted[i] != witness) {
                assertEquals(stateOf(steady[i]), stateOf(restarted[i]), "client " + i);
            }
        }
    }

    /** What aging decided for a client: figures, moves and case, without ids. */
    private String stateOf(NightlyFixtures.Client client) {
        var account = fixtures.rows(
                        "SELECT days_past_due, bucket, aged_on FROM account WHERE id = ?", client.accountId())
                .get(0);
        var moves = fixtures.rows(
                "SELECT from_bucket, to_bucket, moved_on, days_past_due FROM bucket_move WHERE account_id = ?"
                        + " ORDER BY moved_on",
                client.accountId());
        var cases = fixtures.rows(
                "SELECT status, bucket, objective, priority_score, charge_off_candidate FROM collection_case"
                        + " WHERE customer_id = ?",
                client.customerId());
        var text = new StringBuilder(Arrays.toString(account));
        moves.forEach(move -> text.append(' ').append(Arrays.toString(move)));
        cases.forEach(kase -> text.append(" case ").append(Arrays.toString(kase)));
        return text.toString().replace("  ", " ");
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
