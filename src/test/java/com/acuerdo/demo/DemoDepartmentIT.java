package com.acuerdo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acuerdo.account.entity.Account;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.demo.boundary.DemoDepartment;
import com.acuerdo.demo.control.DemoLoad;
import com.acuerdo.demo.control.DemoSettings;
import com.acuerdo.promise.entity.PromiseStatus;
import com.acuerdo.quality.entity.ScorecardStatus;
import com.acuerdo.security.boundary.DemoUsers;
import com.acuerdo.security.entity.UserAccountRepository;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.testing.Deployments;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo department the test containers load at start-up (payara-config/test.properties: 150
 * clients), read back through the model. Only demo clients (external ids DEMO-…) are looked at: on
 * PostgreSQL other test classes add their own data to the same database.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDepartmentIT {

    private static final String DEMO = "DEMO-%";

    @Deployment
    static WebArchive deployment() {
        return Deployments.acuerdoWithTests(DemoDepartmentIT.class, DemoQueries.class);
    }

    @Inject
    DemoQueries db;

    @Inject
    DemoDepartment demo;

    @Inject
    UserAccountRepository users;

    @Test
    void every_aging_bucket_has_demo_accounts() {
        var buckets = db.read(em -> em.createQuery(
                        "SELECT DISTINCT a.bucket FROM Account a WHERE a.externalId LIKE :demo", AgingBucket.class)
                .setParameter("demo", DEMO)
                .getResultList());
        assertEquals(EnumSet.allOf(AgingBucket.class), new HashSet<>(buckets));
    }

    @Test
    void every_delinquent_client_has_exactly_one_open_case_with_an_active_agent_of_a_team() {
        var problems = db.read(em -> {
            var delinquent = em.createQuery(
                            "SELECT DISTINCT a.customer.id FROM Account a WHERE a.externalId LIKE :demo"
                                    + " AND a.bucket <> :current",
                            Long.class)
                    .setParameter("demo", DEMO)
                    .setParameter("current", AgingBucket.CURRENT)
                    .getResultList();
            assertFalse(delinquent.isEmpty(), "the demo has delinquent clients");
            var found = new java.util.ArrayList<String>();
            for (var customerId : delinquent) {
                var open = em.createQuery(
                                "SELECT c FROM CollectionCase c WHERE c.customer.id = :customer AND c.status = :open",
                                CollectionCase.class)
                        .setParameter("customer", customerId)
                        .setParameter("open", CaseStatus.OPEN)
                        .getResultList();
                if (open.size() != 1) {
                    found.add("client " + customerId + " has " + open.size() + " open cases");
                    continue;
                }
                var agent = em.find(Agent.class, open.get(0).assignedAgentId().orElseThrow());
                if (agent == null || !agent.isActive() || agent.team().isEmpty()) {
                    found.add("case of client " + customerId + " is not with an active agent of a team");
                } else if (!agent.team().get().id().equals(open.get(0).teamId().orElse(null))) {
                    found.add("case of client " + customerId + " is in another team than its agent");
                }
            }
            return found;
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void a_case_s_bucket_is_the_worst_of_its_client_s_accounts() {
        var problems = db.read(em -> {
            var cases = em.createQuery(
                            "SELECT c FROM CollectionCase c WHERE c.status = :open AND c.customer.externalId LIKE :demo",
                            CollectionCase.class)
                    .setParameter("open", CaseStatus.OPEN)
                    .setParameter("demo", DEMO)
                    .getResultList();
            var found = new java.util.ArrayList<String>();
            for (var openCase : cases) {
                var worst = em
                        .createQuery("SELECT a FROM Account a WHERE a.customer = :customer", Account.class)
                        .setParameter("customer", openCase.customer())
                        .getResultList()
                        .stream()
                        .map(Account::lastBucket)
                        .reduce(AgingBucket.CURRENT, AgingBucket::worse);
                if (openCase.bucket() != worst || openCase.worstBucketOfAccounts() != worst) {
                    found.add("case " + openCase.id() + " is " + openCase.bucket() + ", worst account " + worst);
                }
                if (openCase.objective().isEmpty() || openCase.priorityParts().isEmpty()) {
                    found.add("case " + openCase.id() + " has no objective or priority explanation");
                }
            }
            return found;
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void promises_exist_in_every_state() {
        var states = db.read(em -> em.createQuery(
                        "SELECT DISTINCT p.status FROM PromiseToPay p WHERE p.account.externalId LIKE :demo",
                        PromiseStatus.class)
                .setParameter("demo", DEMO)
                .getResultList());
        assertEquals(EnumSet.allOf(PromiseStatus.class), new HashSet<>(states));
    }

    @Test
    void the_published_scorecard_has_submitted_reviews() {
        long reviews = db.read(em -> em.createQuery(
                        "SELECT COUNT(r) FROM QualityReview r WHERE r.scorecard.status = :published"
                                + " AND r.score IS NOT NULL",
                        Long.class)
                .setParameter("published", ScorecardStatus.PUBLISHED)
                .getSingleResult());
        assertTrue(reviews >= 5, "reviews on the published scorecard: " + reviews);
    }

    @Test
    void the_demo_users_can_be_found() {
        for (var user : DemoUsers.ALL) {
            var found = db.read(em -> users.findByUsername(user.username()));
            assertTrue(found.isPresent(), user.username());
            assertEquals(user.roles(), found.get().roles(), user.username());
        }
    }

    @Test
    void loading_again_does_nothing() {
        long before = customers();
        var again = demo.load(new DemoSettings(DemoLoad.ALWAYS, 150, DemoSettings.DEFAULT_SEED));
        assertFalse(again.loaded());
        assertEquals(before, customers());
    }

    private long customers() {
        return db.read(em ->
                em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult());
    }
}
