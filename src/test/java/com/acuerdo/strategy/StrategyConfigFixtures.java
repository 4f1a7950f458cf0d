package com.acuerdo.strategy;

import static com.acuerdo.testing.FixtureRequests.asCaller;
import static com.acuerdo.testing.FixtureRequests.date;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.boundary.ArrangementPolicies;
import com.acuerdo.strategy.boundary.BucketObjectives;
import com.acuerdo.strategy.boundary.ConfigurationProposals;
import com.acuerdo.strategy.boundary.ContactPolicies;
import com.acuerdo.strategy.boundary.ObjectionGuides;
import com.acuerdo.strategy.boundary.TalkingPoints;
import com.acuerdo.strategy.boundary.Templates;
import com.acuerdo.strategy.boundary.ToneExpressions;
import com.acuerdo.strategy.boundary.WorklistWeights;
import com.acuerdo.strategy.control.ArrangementPolicyDraft;
import com.acuerdo.strategy.control.ContactPolicyDraft;
import com.acuerdo.strategy.control.ObjectionDraft;
import com.acuerdo.strategy.control.TalkingPointDraft;
import com.acuerdo.strategy.control.TemplateDraft;
import com.acuerdo.strategy.control.WeightsDraft;
import com.acuerdo.strategy.entity.ObjectionGuide;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.testing.FixtureCases;
import com.acuerdo.testing.FixtureRequests;
import com.acuerdo.testing.FixtureUsers;
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
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * TEST ONLY (StrategyConfigurationIT's archive, never shipped; not an EJB, so the boundary's own
 * refusals and role checks reach the API's error mapping unwrapped): a fresh supervisor, agent and case
 * (credit card 65 days past due: objective SECURE_COMMITMENT), and thin HTTP doors onto the
 * strategy configuration boundaries that run as the HTTP caller, so the roles are the real ones.
 * Answers {@code key=value} lines; refusals come back through the API's error mapping (JSON).
 */
@RequestScoped
@Path("test-fixtures/strategy-config")
@Produces(MediaType.TEXT_PLAIN)
public class StrategyConfigFixtures {

    public static final String PASSWORD = "Gestion.2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts users;

    @Inject
    BusinessCalendar calendar;

    @Inject
    TalkingPoints talkingPoints;

    @Inject
    ConfigurationProposals configurationProposals;

    @Inject
    BucketObjectives bucketObjectives;

    @Inject
    ContactPolicies contactPolicies;

    @Inject
    WorklistWeights worklistWeights;

    @Inject
    ArrangementPolicies arrangementPolicies;

    @Inject
    ToneExpressions toneExpressions;

    @Inject
    Templates messageTemplates;

    @Inject
    ObjectionGuides objectionGuides;

    @Inject
    Audit audit;

    @Context
    SecurityContext security;

    @POST
    @Path("scenario")
    @Transactional
    public String scenario() {
        FixtureRequests.requireAdmin(security);
        // A letter first: the run is also the prefix of talking point codes.
        var run = "t" + UUID.randomUUID().toString().substring(0, 8);
        var today = calendar.today();
        var supervisor = user("sc-sup-" + run, Role.SUPERVISOR);
        var agentUser = user("sc-age-" + run, Role.AGENT);
        var team = FixtureCases.team(em, "Equipo SC " + run, supervisor);
        var agent = FixtureCases.agent(em, agentUser, "Gestor SC " + run, team, 100);
        em.flush(); // the case refers to the agent and team by id only: insert them first
        var customer = new Customer(
                "SC-" + run + "-C",
                new CustomerDetails(
                        "Cliente SC " + run,
                        "SCX" + run,
                        "sc@example.test",
                        "+525512340000",
                        ZoneId.of("America/Mexico_City"),
                        Language.ES,
                        Jurisdiction.MX,
                        true,
                        true));
        em.persist(customer);
        var account = new Account(
                "SC-" + run + "-A",
                customer,
                Product.CREDIT_CARD,
                "MXN",
                today.minusYears(2),
                Money.of("20000.00", "MXN"));
        account.addBill("SC-" + run + "-B", today.minusDays(65), Money.of("5000.00", "MXN"));
        account.age(today, Money.of("1.00", "MXN"), List.<PausePeriod>of());
        em.persist(account);
        var kase = FixtureCases.openAssigned(em, account, today, agent, team, "DAYS_PAST_DUE", new BigDecimal("50"));
        return String.join(
                        "\n",
                        "run=" + run.toUpperCase(Locale.ROOT),
                        "password=" + PASSWORD,
                        "supervisor=sc-sup-" + run,
                        "agent=sc-age-" + run,
                        "caseId=" + kase.id(),
                        "objective=" + kase.objective().orElseThrow(),
                        "today=" + today)
                + "\n";
    }

    @POST
    @Path("talking-point")
    public String schedule(
            @FormParam("objective") String objective,
            @FormParam("code") String code,
            @FormParam("order") int order,
            @FormParam("mandatory") boolean mandatory,
            @FormParam("es") String es,
            @FormParam("en") String en,
            @FormParam("from") String from) {
        var version = asCaller(() -> talkingPoints.scheduleTalkingPoint(
                new TalkingPointDraft(Objective.valueOf(objective), code, order, mandatory, es, en), date(from)));
        return "state=" + version.state() + "\n";
    }

    @POST
    @Path("proposal")
    public String propose(
            @FormParam("objective") String objective,
            @FormParam("code") String code,
            @FormParam("order") int order,
            @FormParam("es") String es,
            @FormParam("en") String en,
            @FormParam("from") String from,
            @FormParam("reason") String reason) {
        var proposal = asCaller(() -> talkingPoints.proposeTalkingPoint(
                new TalkingPointDraft(Objective.valueOf(objective), code, order, false, es, en), date(from), reason));
        return "id=" + proposal.id() + "\nversion=" + proposal.version() + "\nstatus=" + proposal.status() + "\n";
    }

    @POST
    @Path("approval")
    public String approve(
            @FormParam("id") long id, @FormParam("version") long version, @FormParam("note") String note) {
        return "status="
                + asCaller(() -> configurationProposals.approve(id, version, note))
                        .status() + "\n";
    }

    @POST
    @Path("rejection")
    public String reject(@FormParam("id") long id, @FormParam("version") long version, @FormParam("note") String note) {
        return "status="
                + asCaller(() -> configurationProposals.reject(id, version, note))
                        .status() + "\n";
    }

    /** A product's plan with one bucket left out (refused: nothing is stored). */
    @POST
    @Path("buckets-without")
    public String bucketsWithout(@FormParam("bucket") String missing, @FormParam("from") String from) {
        var plan = new EnumMap<AgingBucket, Objective>(AgingBucket.class);
        for (var bucket : AgingBucket.values()) {
            if (!bucket.name().equals(missing)) {
                bucket.defaultObjective().ifPresent(objective -> plan.put(bucket, objective));
            }
        }
        asCaller(() -> bucketObjectives.scheduleBucketObjectives(Product.CREDIT_CARD, plan, date(from)));
        return "stored\n";
    }

    /** The jurisdiction's policy in force today with the given changes (null = keep). */
    private ContactPolicyDraft changed(
            Jurisdiction jurisdiction, Integer perDay, Integer perWeek, LocalTime mondayStart, LocalTime mondayEnd) {
        var current =
                contactPolicies.contactPolicyOn(jurisdiction, calendar.today()).orElseThrow();
        var days = current.days().stream()
                .map(d -> d.day() == DayOfWeek.MONDAY && mondayStart != null
                        ? new ContactPolicyDraft.DayHours(d.day(), true, mondayStart, mondayEnd)
                        : d)
                .toList();
        return new ContactPolicyDraft(
                jurisdiction,
                days,
                current.closedOnPublicHolidays(),
                current.callAttemptsMax(),
                current.callAttemptsDays(),
                perDay == null ? current.contactsPerDayMax() : perDay,
                perWeek == null ? current.contactsPerWeekMax() : perWeek,
                current.writtenPerWeekMax(),
                current.writtenMinDaysApart(),
                current.quietDaysAfterConversation(),
                current.writtenChannelRule());
    }

    /** MX's policy with a weekly cap below the daily one and Monday's hours reversed (refused). */
    @POST
    @Path("contact-policy-invalid")
    public String invalidContactPolicy(@FormParam("from") String from) {
        var draft = changed(Jurisdiction.MX, 5, 3, LocalTime.of(21, 0), LocalTime.of(8, 0));
        asCaller(() -> contactPolicies.scheduleContactPolicy(draft, date(from)));
        return "stored\n";
    }

    /** A supervisor proposes the jurisdiction's policy with another weekly cap. */
    @POST
    @Path("contact-policy-proposal")
    public String proposeContactPolicy(
            @FormParam("jurisdiction") String jurisdiction,
            @FormParam("perWeek") int perWeek,
            @FormParam("from") String from,
            @FormParam("reason") String reason) {
        var draft = changed(Jurisdiction.valueOf(jurisdiction), null, perWeek, null, null);
        var proposal = asCaller(() -> contactPolicies.proposeContactPolicy(draft, date(from), reason));
        return "id=" + proposal.id() + "\nversion=" + proposal.version() + "\nstatus=" + proposal.status() + "\n";
    }

    /** Every version of the jurisdiction's policy: {@code from|state|perDay|perWeek}. */
    @GET
    @Path("contact-policy-history")
    public String contactPolicyHistory(@QueryParam("jurisdiction") String jurisdiction) {
        return asCaller(() -> contactPolicies.contactPolicyHistory(Jurisdiction.valueOf(jurisdiction))).stream()
                .map(v -> v.effectiveFrom() + "|" + v.state() + "|" + v.policy().contactsPerDayMax() + "|"
                        + v.policy().contactsPerWeekMax())
                .collect(Collectors.joining("\n"));
    }

    /** Removes a policy version the run scheduled (with its hours). */
    @POST
    @Path("cleanup-contact-policy")
    @Transactional
    public String cleanupContactPolicy(@FormParam("jurisdiction") String jurisdiction, @FormParam("from") String from) {
        FixtureRequests.requireAdmin(security);
        var rows = em.createQuery(
                        "SELECT p FROM ContactPolicy p WHERE p.jurisdiction = :j AND p.effectiveFrom = :from",
                        ContactPolicy.class)
                .setParameter("j", Jurisdiction.valueOf(jurisdiction))
                .setParameter("from", date(from))
                .getResultList();
        rows.forEach(em::remove);
        return "policies=" + rows.size() + "\n";
    }

    /** The preview with the days-past-due weight multiplied: {@code caseId|rankNow|scoreNow|rankThen|scoreThen}. */
    @GET
    @Path("weights-preview")
    public String weightsPreview(@QueryParam("dpdFactor") int factor) {
        var now = asCaller(() -> worklistWeights.weightsOn(calendar.today())).orElseThrow();
        var proposed = new WeightsDraft(
                now.balanceWeight(),
                now.balanceCap(),
                now.daysPastDueWeight() * factor,
                now.daysPastDueCap(),
                now.riskWeight(),
                now.promiseDueTodayWeight(),
                now.brokenPromisesWeight(),
                now.brokenPromisesCap(),
                now.callbackDueWeight(),
                now.sinceContactWeight(),
                now.sinceContactCapDays());
        return asCaller(() -> worklistWeights.previewWeights(proposed, 10)).stream()
                        .map(l -> l.caseId() + "|" + l.rankNow() + "|" + l.scoreNow() + "|" + l.rankThen() + "|"
                                + l.scoreThen())
                        .collect(Collectors.joining("\n"))
                + "\ndpdWeight=" + now.daysPastDueWeight();
    }

    /** Weights that all count zero (refused). */
    @POST
    @Path("weights-zero")
    public String zeroWeights(@FormParam("from") String from) {
        var zero = new WeightsDraft(0, java.math.BigDecimal.ONE, 0, 1, 0, 0, 0, 1, 0, 0, 1);
        asCaller(() -> worklistWeights.scheduleWeights(zero, date(from)));
        return "stored\n";
    }

    /** An arrangement policy whose soft instalments exceed the hard ones (refused). */
    @POST
    @Path("arrangement-policy-wider")
    public String widerArrangementPolicy(@FormParam("from") String from) {
        var soft = new ArrangementPolicyDraft.Limits(
                25,
                new java.math.BigDecimal("10"),
                new java.math.BigDecimal("500"),
                new java.math.BigDecimal("10"),
                15);
        var hard = new ArrangementPolicyDraft.Limits(
                24, new java.math.BigDecimal("5"), new java.math.BigDecimal("300"), new java.math.BigDecimal("30"), 30);
        var draft = new ArrangementPolicyDraft(Product.CREDIT_CARD, AgingBucket.DPD_60_89, "MXN", soft, hard, 5, 3, 30);
        asCaller(() -> arrangementPolicies.scheduleArrangementPolicy(draft, date(from)));
        return "stored\n";
    }

    @POST
    @Path("tone")
    public String addTone(@FormParam("expression") String expression, @FormParam("from") String from) {
        var added = asCaller(() -> toneExpressions.addToneExpression(
                com.acuerdo.customer.entity.Language.ES,
                expression,
                com.acuerdo.tone.entity.ToneCategory.INSULT,
                date(from)));
        return "id=" + added.id() + "\n";
    }

    @POST
    @Path("tone-retirement")
    public String retireTone(@FormParam("id") long id, @FormParam("from") String from) {
        asCaller(() -> {
            toneExpressions.retireToneExpression(id, date(from));
            return null;
        });
        return "retired\n";
    }

    /** What the tone check finds on a date: one {@code found|expression} line per hit. */
    @GET
    @Path("tone-check")
    public String toneCheck(@QueryParam("text") String text, @QueryParam("date") String date) {
        return asCaller(() -> toneExpressions.toneCheck(text, date(date))).stream()
                .map(hit -> hit.found() + "|" + hit.expression())
                .collect(Collectors.joining("\n"));
    }

    @POST
    @Path("template")
    public String template(
            @FormParam("code") String code, @FormParam("body") String body, @FormParam("from") String from) {
        var version = asCaller(() -> messageTemplates.scheduleTemplate(
                new TemplateDraft(
                        code,
                        com.acuerdo.contact.entity.Channel.SMS,
                        com.acuerdo.customer.entity.Language.ES,
                        null,
                        body),
                date(from)));
        return "revision=" + version.revision() + "\n";
    }

    /** The run's template revisions: {@code code|revision|from|state}. */
    @GET
    @Path("templates")
    public String templates(@QueryParam("prefix") String prefix) {
        return asCaller(() -> messageTemplates.templateHistory()).stream()
                .filter(t -> t.code().startsWith(prefix))
                .map(t -> t.code() + "|" + t.revision() + "|" + t.effectiveFrom() + "|" + t.state())
                .collect(Collectors.joining("\n"));
    }

    /** A guide for PRESSURE with the given answer (blank = none: refused). */
    @POST
    @Path("objection")
    public String objection(
            @FormParam("code") String code, @FormParam("answer") String answer, @FormParam("from") String from) {
        var answers = answer == null || answer.isBlank()
                ? java.util.List.<ObjectionDraft.Answer>of()
                : java.util.List.of(new ObjectionDraft.Answer(answer, answer + " (en)"));
        var version = asCaller(() -> objectionGuides.scheduleObjectionGuide(
                new ObjectionDraft(code, Objective.PRESSURE, "Ya pagué", "I already paid", answers), date(from)));
        return "state=" + version.state() + "\n";
    }

    /** The run's guide versions: {@code code|from|state|answers}. */
    @GET
    @Path("objections")
    public String objections(@QueryParam("prefix") String prefix) {
        return asCaller(() -> objectionGuides.objectionHistory()).stream()
                .filter(v -> v.guide().code().startsWith(prefix))
                .map(v -> v.guide().code() + "|" + v.effectiveFrom() + "|" + v.state() + "|"
                        + v.guide().answers().size())
                .collect(Collectors.joining("\n"));
    }

    /** OVERDRAFT's plan with one bucket's objective changed, from a date; answers the rows written. */
    @POST
    @Path("buckets-change")
    public String bucketsChange(
            @FormParam("bucket") String bucket,
            @FormParam("objective") String objective,
            @FormParam("from") String from) {
        var plan = new EnumMap<AgingBucket, Objective>(
                asCaller(() -> bucketObjectives.bucketObjectivesOn(Product.OVERDRAFT, calendar.today())));
        plan.put(AgingBucket.valueOf(bucket), Objective.valueOf(objective));
        return "rows="
                + asCaller(() -> bucketObjectives.scheduleBucketObjectives(Product.OVERDRAFT, plan, date(from)))
                        .size() + "\n";
    }

    /** OVERDRAFT's objective of a bucket on a date. */
    @GET
    @Path("bucket-objective")
    public String bucketObjective(@QueryParam("bucket") String bucket, @QueryParam("date") String date) {
        return String.valueOf(asCaller(() -> bucketObjectives.bucketObjectivesOn(Product.OVERDRAFT, date(date)))
                .get(AgingBucket.valueOf(bucket)));
    }

    @POST
    @Path("cleanup-buckets")
    @Transactional
    public String cleanupBuckets(@FormParam("from") String from) {
        FixtureRequests.requireAdmin(security);
        var rows = em.createQuery(
                        "SELECT o FROM BucketObjective o WHERE o.product = :product AND o.effectiveFrom = :from",
                        com.acuerdo.strategy.entity.BucketObjective.class)
                .setParameter("product", Product.OVERDRAFT)
                .setParameter("from", date(from))
                .getResultList();
        rows.forEach(em::remove);
        return "rows=" + rows.size() + "\n";
    }

    /** The checklist on a date: one {@code code|mandatory|es} line per point, in order. */
    @GET
    @Path("checklist")
    public String checklist(@QueryParam("objective") String objective, @QueryParam("date") String date) {
        return asCaller(() -> talkingPoints.talkingPointsOn(Objective.valueOf(objective), date(date))).stream()
                .map(p -> p.code() + "|" + p.mandatory() + "|" + p.textEs())
                .collect(Collectors.joining("\n"));
    }

    /** Every version of the run's points: {@code code|from|state|es}. */
    @GET
    @Path("history")
    public String history(@QueryParam("objective") String objective, @QueryParam("prefix") String prefix) {
        return talkingPoints.talkingPointHistory(Objective.valueOf(objective)).stream()
                .filter(v -> v.code().startsWith(prefix))
                .map(v -> v.code() + "|" + v.effectiveFrom() + "|" + v.state() + "|" + v.textEs())
                .collect(Collectors.joining("\n"));
    }

    @GET
    @Path("proposals")
    public String proposals(@QueryParam("prefix") String prefix) {
        return configurationProposals.proposals().stream()
                .filter(p -> p.subject().contains(prefix))
                .map(p -> p.id() + "|" + p.status() + "|" + p.proposedBy() + "|" + p.subject())
                .collect(Collectors.joining("\n"));
    }

    /** Audit events about a subject: {@code type|actor|detail}. */
    @GET
    @Path("audit")
    public String audit(@QueryParam("type") String type, @QueryParam("id") String id) {
        return audit.eventsAbout(type, id).stream()
                .map(e -> e.type() + "|" + e.actor() + "|" + e.detail())
                .collect(Collectors.joining("\n"));
    }

    /** Removes the run's configuration rows (the audit trail stays, as it must). */
    @POST
    @Path("cleanup")
    @Transactional
    public String cleanup(@FormParam("prefix") String prefix) {
        FixtureRequests.requireAdmin(security);
        if (prefix == null || prefix.length() < 6) {
            throw new IllegalArgumentException("a run prefix is required");
        }
        int points = em.createQuery("DELETE FROM TalkingPoint t WHERE t.code LIKE :prefix")
                .setParameter("prefix", prefix + "%")
                .executeUpdate();
        int proposals = em.createQuery(
                        "DELETE FROM ConfigurationProposal p WHERE p.subject LIKE :subject OR p.reason LIKE :reason")
                .setParameter("subject", "%/" + prefix + "%")
                .setParameter("reason", "%" + prefix)
                .executeUpdate();
        int tone = em.createQuery("DELETE FROM ToneExpression e WHERE e.expression LIKE :word")
                .setParameter("word", "%" + prefix.toLowerCase(Locale.ROOT) + "%")
                .executeUpdate();
        var guides = em.createQuery("SELECT g FROM ObjectionGuide g WHERE g.code LIKE :prefix", ObjectionGuide.class)
                .setParameter("prefix", prefix + "%")
                .getResultList();
        guides.forEach(em::remove); // one by one: the answers go with each guide
        int templates = em.createQuery("DELETE FROM MessageTemplate t WHERE t.code LIKE :prefix")
                .setParameter("prefix", prefix + "%")
                .executeUpdate();
        return "points=" + points + "\nproposals=" + proposals + "\ntone=" + tone + "\ntemplates=" + templates
                + "\nguides=" + guides.size() + "\n";
    }

    private long user(String username, Role role) {
        return FixtureUsers.create(users, username, "Usuario " + username, PASSWORD, role, FixtureUsers.MEXICO_CITY);
    }
}
