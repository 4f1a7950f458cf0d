package com.acuerdo.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.control.DefaultArrangementPolicies;
import com.acuerdo.arrangement.entity.ArrangementLimits;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicyRepository;
import com.acuerdo.contact.control.DefaultContactPolicies;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.ContactPolicyRepository;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.outbox.OutboxMessage;
import com.acuerdo.platform.outbox.OutboxRepository;
import com.acuerdo.platform.reference.ReferenceData;
import com.acuerdo.quality.control.DefaultScorecard;
import com.acuerdo.quality.entity.CalibrationSession;
import com.acuerdo.quality.entity.CoachingAction;
import com.acuerdo.quality.entity.CoachingActionRepository;
import com.acuerdo.quality.entity.Criterion;
import com.acuerdo.quality.entity.QualityReview;
import com.acuerdo.quality.entity.QualityReviewRepository;
import com.acuerdo.quality.entity.ReviewQueueRepository;
import com.acuerdo.quality.entity.ReviewSample;
import com.acuerdo.quality.entity.ReviewStatus;
import com.acuerdo.quality.entity.Scorecard;
import com.acuerdo.quality.entity.ScorecardRepository;
import com.acuerdo.quality.entity.YesNo;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.DefaultStrategy;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.StrategyRepository;
import com.acuerdo.strategy.entity.TalkingPoint;
import com.acuerdo.team.entity.AbsenceKind;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.AgentRepository;
import com.acuerdo.team.entity.Team;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Portfolio;
import com.acuerdo.testing.StoredFixtures;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation, strategy, policy and quality model against the real WAR and database: the
 * defaults loaded at start-up, the in-force-on-date queries and a review's round trip. Each test
 * uses its own ids and dates far from the defaults, so the order of the tests does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationModelIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant T0 = Instant.parse("2026-03-10T14:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return Deployments.acuerdoWithTests(
                OrganisationModelIT.class, Transactions.class, StoredFixtures.class, Portfolio.class);
    }

    @Inject
    Transactions tx;

    @Inject
    StoredFixtures fixtures;

    @Inject
    ReferenceData referenceData;

    @Inject
    ContactPolicyRepository contactPolicies;

    @Inject
    ArrangementPolicyRepository arrangementPolicies;

    @Inject
    StrategyRepository strategy;

    @Inject
    ScorecardRepository scorecards;

    @Inject
    AgentRepository agents;

    @Inject
    QualityReviewRepository reviews;

    @Inject
    ReviewQueueRepository queue;

    @Inject
    CoachingActionRepository coaching;

    @Inject
    OutboxRepository outbox;

    @Test
    void the_default_reference_data_is_loaded_at_start_up() {
        for (var jurisdiction : Jurisdiction.values()) {
            var policy = contactPolicies
                    .inForce(jurisdiction, TODAY)
                    .orElseThrow(() -> new AssertionError(jurisdiction + " policy"));
            assertEquals(DefaultContactPolicies.EFFECTIVE_FROM, policy.effectiveFrom(), jurisdiction.name());
        }
        long defaults = tx.call(
                em -> em.createQuery("SELECT COUNT(p) FROM ContactPolicy p WHERE p.effectiveFrom = :from", Long.class)
                        .setParameter("from", DefaultContactPolicies.EFFECTIVE_FROM)
                        .getSingleResult());
        assertEquals(5, defaults);
        assertTrue(contactPolicies.isPublicHoliday(Jurisdiction.CO, LocalDate.of(2026, 3, 23)), "San José 2026");
        assertFalse(contactPolicies.isPublicHoliday(Jurisdiction.CO, LocalDate.of(2026, 3, 19)), "moved to Monday");

        List<String> criticalCodes =
                tx.call(em -> scorecards.published(DefaultScorecard.NAME).orElseThrow().criticalCriteria().stream()
                        .map(Criterion::code)
                        .toList());
        assertEquals(
                Set.of(
                        "NO_THREAT",
                        "NO_HUMILIATION",
                        "NO_FALSE_CLAIM",
                        "WITHIN_PERMITTED_HOURS",
                        "NO_THIRD_PARTY_DISCLOSURE"),
                Set.copyOf(criticalCodes));

        for (var objective : Objective.values()) {
            var points = strategy.talkingPoints(objective, TODAY);
            assertFalse(points.isEmpty(), objective.name());
            assertTrue(points.stream().anyMatch(TalkingPoint::isMandatory), objective + " mandatory point");
            points.forEach(point -> {
                assertFalse(point.text(Language.ES).isBlank());
                assertFalse(point.text(Language.EN).isBlank());
            });
        }
        assertEquals(
                Objective.SECURE_COMMITMENT,
                strategy.objectiveFor(Product.AUTO_LOAN, AgingBucket.DPD_60_89, TODAY)
                        .orElseThrow());
        assertTrue(strategy.objectionGuides(Objective.REMIND, TODAY).size() >= 5);
        assertTrue(strategy.solutionRoutes(Product.CREDIT_CARD, AgingBucket.DPD_90_119, TODAY)
                        .size()
                >= 3);
        assertEquals(100, strategy.weightsOn(TODAY).orElseThrow().maximum());

        for (var product : Product.values()) {
            for (var currency : List.of("USD", "MXN", "COP", "CLP")) {
                assertTrue(
                        arrangementPolicies
                                .inForce(product, AgingBucket.DPD_30_59, currency, TODAY)
                                .isPresent(),
                        product + " " + currency);
            }
        }
    }

    @Test
    void loading_the_defaults_again_writes_nothing() {
        assertEquals(0, referenceData.loadDefaults());
    }

    @Test
    void in_force_queries_pick_the_row_with_the_latest_effective_date_on_or_before_the_day() {
        var change = LocalDate.of(2031, 1, 1);
        // The database may outlive this test (PostgreSQL shared by test runs): start and end clean.
        removeRulesEffectiveOn(change);
        try {
            inForceQueriesPickTheLatestRowOnOrBefore(change);
        } finally {
            removeRulesEffectiveOn(change);
        }
    }

    private void removeRulesEffectiveOn(LocalDate day) {
        tx.call(em -> {
            for (var type : List.of(ContactPolicy.class, TalkingPoint.class, ArrangementPolicy.class)) {
                em.createQuery("select r from " + type.getSimpleName() + " r where r.effectiveFrom = :day", type)
                        .setParameter("day", day)
                        .getResultList()
                        .forEach(em::remove);
            }
            return null;
        });
    }

    private void inForceQueriesPickTheLatestRowOnOrBefore(LocalDate change) {
        tx.call(em -> {
            em.persist(ContactPolicy.of(Jurisdiction.DEFAULT, change)
                    .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0))
                    .callAttempts(2, 7)
                    .build());
            var greeting = strategy.talkingPoints(Objective.REMIND, TODAY).get(0);
            em.persist(new TalkingPoint(
                    Objective.REMIND,
                    greeting.code(),
                    1,
                    true,
                    "Buen día, nuevo saludo",
                    "Good day, new greeting",
                    change));
            var satisfaction = strategy.talkingPoints(Objective.REMIND, TODAY).stream()
                    .filter(p -> p.code().equals("CHECK_SATISFACTION"))
                    .findFirst()
                    .orElseThrow();
            em.persist(TalkingPoint.withdrawal(satisfaction, change));
            var limits = new ArrangementLimits(6, BigDecimal.TEN, new BigDecimal("30"), BigDecimal.ZERO, 10);
            em.persist(new ArrangementPolicy(
                    Product.CREDIT_CARD, AgingBucket.DPD_30_59, "USD", change, limits, limits, 2, 1));
            return null;
        });

        var before = change.minusDays(1);
        assertEquals(
                DefaultContactPolicies.EFFECTIVE_FROM,
                contactPolicies
                        .inForce(Jurisdiction.DEFAULT, before)
                        .orElseThrow()
                        .effectiveFrom());
        var newPolicy = contactPolicies.inForce(Jurisdiction.DEFAULT, change).orElseThrow();
        assertEquals(change, newPolicy.effectiveFrom());
        assertTrue(newPolicy.windowOn(DayOfWeek.SUNDAY).isPresent());
        assertEquals(2, newPolicy.callAttemptCap().orElseThrow().count());

        var oldPoints = strategy.talkingPoints(Objective.REMIND, before);
        var newPoints = strategy.talkingPoints(Objective.REMIND, change);
        assertTrue(oldPoints.stream().anyMatch(p -> p.code().equals("CHECK_SATISFACTION")));
        assertFalse(newPoints.stream().anyMatch(p -> p.code().equals("CHECK_SATISFACTION")));
        assertEquals("Buen día, nuevo saludo", newPoints.get(0).textEs());
        assertEquals(oldPoints.size() - 1, newPoints.size());

        assertEquals(
                DefaultArrangementPolicies.EFFECTIVE_FROM,
                arrangementPolicies
                        .inForce(Product.CREDIT_CARD, AgingBucket.DPD_30_59, "USD", before)
                        .orElseThrow()
                        .effectiveFrom());
        var specific = arrangementPolicies
                .inForce(Product.CREDIT_CARD, AgingBucket.DPD_30_59, "USD", change)
                .orElseThrow();
        assertEquals(change, specific.effectiveFrom());
        assertEquals(AgingBucket.DPD_30_59, specific.bucket().orElseThrow());
        assertTrue(arrangementPolicies
                .inForce(Product.CREDIT_CARD, AgingBucket.DPD_60_89, "USD", change)
                .orElseThrow()
                .bucket()
                .isEmpty());
        assertEquals(
                DefaultStrategy.EFFECTIVE_FROM,
                strategy.weightsOn(change).orElseThrow().effectiveFrom());
    }

    @Test
    void agents_teams_and_absences_round_trip() {
        long supervisorId = fixtures.user(Role.SUPERVISOR);
        long userId = fixtures.user(Role.AGENT);
        long teamId = tx.call(em -> {
            var team = new Team("Equipo IT " + System.nanoTime(), supervisorId);
            team.takeCasesOf(List.of(Product.CREDIT_CARD), List.of(AgingBucket.DPD_1_29), List.of(Language.ES));
            em.persist(team);
            var agent = new Agent(userId, "Marta Ruiz", team, 40);
            agent.changeSkills(
                    List.of(Language.ES, Language.EN), List.of(Product.CREDIT_CARD), List.of(AgingBucket.DPD_1_29));
            agent.recordAbsence(AbsenceKind.VACATION, TODAY, TODAY.plusDays(4), "vacaciones");
            em.persist(agent);
            return team.id();
        });

        var found = tx.call(em -> {
            var agent = agents.byUserId(userId).orElseThrow();
            return List.of(
                    agent.canTake(Language.EN, Product.CREDIT_CARD, AgingBucket.DPD_1_29),
                    agent.isAbsentOn(TODAY.plusDays(4)),
                    agent.isAbsentOn(TODAY.plusDays(5)),
                    agent.team().orElseThrow().takes(Product.CREDIT_CARD, AgingBucket.DPD_1_29, Language.ES),
                    agents.absentOn(TODAY).stream().anyMatch(a -> a.userId() == userId));
        });
        assertEquals(List.of(true, true, false, true, true), found);
        assertEquals(1, agents.ofTeam(teamId).size());
    }

    @Test
    void a_review_with_its_scores_and_a_coaching_action_round_trips() {
        long agentUserId = fixtures.user(Role.AGENT);
        long reviewerId = fixtures.user(Role.QA);
        long supervisorId = fixtures.user(Role.SUPERVISOR);
        long reviewedContact = fixtures.contact(TODAY);
        long addedContact = fixtures.contact(TODAY);
        long agentId = tx.call(em -> {
            var agent = new Agent(agentUserId, "Jorge Paz", null, 30);
            em.persist(agent);
            return agent.id();
        });
        long reviewId = tx.call(em -> {
            Scorecard card = scorecards.published(DefaultScorecard.NAME).orElseThrow();
            var review = new QualityReview(reviewedContact, agentId, reviewerId, card, T0);
            review.prescore("WITHIN_PERMITTED_HOURS", YesNo.YES);
            for (var criterion : card.criteria()) {
                if (criterion.scaleMax().isPresent()) {
                    review.answerScale(criterion.code(), 3, null);
                } else if (!criterion.code().equals("WITHIN_PERMITTED_HOURS")) {
                    review.answer(criterion.code(), YesNo.YES, null);
                }
            }
            review.answer("ASKED_REASON", YesNo.NO, "No preguntó el motivo del atraso");
            review.submit(T0.plusSeconds(600));
            em.persist(review);
            var sample = ReviewSample.sampled(
                    reviewedContact, agentId, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), T0);
            sample.startReview(review);
            sample.markReviewed();
            em.persist(sample);
            em.persist(new CoachingAction(
                    agentId,
                    review,
                    "ASKED_REASON",
                    "Preguntar siempre el motivo",
                    TODAY.plusDays(14),
                    reviewerId,
                    T0));
            em.persist(ReviewSample.addedBySupervisor(
                    addedContact, agentId, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), supervisorId, T0));
            return review.id();
        });

        var stored = tx.call(em -> {
            var review = reviews.ofAgent(
                            agentId, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"))
                    .get(0);
            var asked = review.scoreFor("ASKED_REASON").orElseThrow();
            var hours = review.scoreFor("WITHIN_PERMITTED_HOURS").orElseThrow();
            return List.of(
                    review.id(),
                    review.status(),
                    review.score().orElseThrow().toPlainString(),
                    review.isCriticalFailed(),
                    review.scores().size(),
                    asked.comment().orElse(""),
                    hours.isPrescored(),
                    hours.isOverridden(),
                    review.scoreFor("FITTED_OPTIONS").orElseThrow().scaleValue().orElseThrow());
        });
        // 100 points minus ASKED_REASON (8) minus a quarter of FITTED_OPTIONS (8 * 1/4).
        assertEquals(
                List.of(
                        reviewId,
                        ReviewStatus.SUBMITTED,
                        "90.00",
                        false,
                        15,
                        "No preguntó el motivo del atraso",
                        true,
                        false,
                        3),
                stored);

        tx.call(em -> {
            reviews.find(reviewId).orElseThrow().dispute("Sí pregunté, minuto 2", T0.plusSeconds(7200));
            return null;
        });
        assertEquals(1, reviews.openDisputes(List.of(agentId)).size());
        tx.call(em -> {
            reviews.find(reviewId)
                    .orElseThrow()
                    .resolve(false, "El audio no lo muestra", supervisorId, T0.plusSeconds(9000));
            return null;
        });
        assertEquals(
                ReviewStatus.DISPUTE_REJECTED,
                reviews.find(reviewId).orElseThrow().status());
        assertTrue(reviews.openDisputes(List.of(agentId)).isEmpty());

        var actions = tx.call(em -> coaching.ofAgent(agentId).stream()
                .map(a -> a.focusCriterionCode().orElseThrow() + "/"
                        + a.review().orElseThrow().id() + "/" + a.isOverdueOn(TODAY.plusDays(15)))
                .toList());
        assertEquals(List.of("ASKED_REASON/" + reviewId + "/true"), actions);

        var queued = queue.queued(LocalDate.of(2026, 3, 1));
        assertTrue(queued.stream().anyMatch(s -> s.contactId() == addedContact));
        assertFalse(queued.stream().anyMatch(s -> s.contactId() == reviewedContact), "already reviewed");
    }

    @Test
    void calibration_sessions_and_outbox_messages_are_stored() {
        long agentUserId = fixtures.user(Role.AGENT);
        long expertId = fixtures.user(Role.QA);
        long reviewerId = fixtures.user(Role.SUPERVISOR);
        long contactId = fixtures.contact(TODAY);
        long customerId = fixtures.customer(TODAY);
        long agentId = tx.call(em -> {
            var agent = new Agent(agentUserId, "Rosa Díaz", null, 30);
            em.persist(agent);
            return agent.id();
        });
        long sessionId = tx.call(em -> {
            var card = scorecards.published(DefaultScorecard.NAME).orElseThrow();
            var session = new CalibrationSession(contactId, agentId, card, expertId, T0);
            session.invite(reviewerId);
            em.persist(session);
            // The session and its reviews point at each other: insert the session first.
            em.flush();
            var expert = QualityReview.forCalibration(session, expertId, T0);
            var participant = QualityReview.forCalibration(session, reviewerId, T0);
            for (var review : List.of(expert, participant)) {
                for (var criterion : card.criteria()) {
                    if (criterion.scaleMax().isPresent()) {
                        review.answerScale(
                                criterion.code(), criterion.scaleMax().orElseThrow(), null);
                    } else {
                        review.answer(criterion.code(), YesNo.YES, null);
                    }
                }
            }
            participant.answer("CLOSED_COURTEOUSLY", YesNo.NO, null);
            expert.submit(T0);
            participant.submit(T0);
            em.persist(expert);
            em.persist(participant);
            session.designateExpertReview(expert);
            session.recordReview(participant);
            session.reveal(T0.plusSeconds(60));
            em.persist(new OutboxMessage(
                    Channel.EMAIL,
                    customerId,
                    "cliente@example.com",
                    Language.ES,
                    "Recordatorio",
                    "Su pago vence mañana.",
                    T0,
                    T0.plusSeconds(3600)));
            return session.id();
        });

        var deviation = tx.call(em -> reviews.session(sessionId)
                .orElseThrow()
                .deviationOf(reviewerId)
                .orElseThrow()
                .toPlainString());
        assertEquals("-5.00", deviation);
        assertTrue(outbox.due(T0, 100).stream().noneMatch(m -> m.customerId() == customerId), "not yet due");
        assertTrue(outbox.due(T0.plusSeconds(3600), 100).stream().anyMatch(m -> m.customerId() == customerId));
    }
}
