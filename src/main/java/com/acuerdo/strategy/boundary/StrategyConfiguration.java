package com.acuerdo.strategy.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicyRepository;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.ContactPolicyRepository;
import com.acuerdo.contact.entity.PublicHoliday;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.message.entity.MessageTemplate;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ArrangementPolicyDraft;
import com.acuerdo.strategy.control.ConfigurationJson;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.ContactPolicyDraft;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.control.ObjectionDraft;
import com.acuerdo.strategy.control.PriorityFactor;
import com.acuerdo.strategy.control.RouteDraft;
import com.acuerdo.strategy.control.TalkingPointDraft;
import com.acuerdo.strategy.control.TemplateDraft;
import com.acuerdo.strategy.control.WeightsDraft;
import com.acuerdo.strategy.control.WeightsPreview;
import com.acuerdo.strategy.entity.BucketObjective;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.strategy.entity.ObjectionGuide;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.PriorityWeights;
import com.acuerdo.strategy.entity.SolutionKind;
import com.acuerdo.strategy.entity.SolutionRoute;
import com.acuerdo.strategy.entity.SuggestedAnswer;
import com.acuerdo.strategy.entity.TalkingPoint;
import com.acuerdo.tone.control.ToneCheck;
import com.acuerdo.tone.control.ToneHit;
import com.acuerdo.tone.control.ToneRule;
import com.acuerdo.tone.entity.ToneCategory;
import com.acuerdo.tone.entity.ToneExpression;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The strategy configuration screens' use cases: admins schedule changes (from the next business date
 * or a later one; every version is kept), supervisors read everything and propose changes with a
 * reason that an admin approves or rejects. Every change and decision is audited with before/after.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class StrategyConfiguration {

    static final String TALKING_POINT = "TALKING_POINT";
    static final String BUCKET_OBJECTIVE = "BUCKET_OBJECTIVE";
    static final String PROPOSAL = "CONFIG_PROPOSAL";
    static final String CONTACT_POLICY = "CONTACT_POLICY";
    static final String HOLIDAY = "PUBLIC_HOLIDAY";
    static final String WEIGHTS = "PRIORITY_WEIGHTS";
    static final String ARRANGEMENT_POLICY = "ARRANGEMENT_POLICY";
    static final String TONE = "TONE_EXPRESSION";
    static final String TEMPLATE = "MESSAGE_TEMPLATE";
    static final String OBJECTION = "OBJECTION_GUIDE";
    static final String ROUTE = "SOLUTION_ROUTE";

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    ContactPolicyRepository contactPolicies;

    @Inject
    CurrentUser currentUser;

    @Inject
    ArrangementPolicyRepository arrangementPolicies;

    @Resource
    SessionContext session;

    public LocalDate today() {
        return calendar.today();
    }

    public LocalDate earliestEffectiveDate() {
        return ConfigurationRules.earliest(calendar.today());
    }

    // ---------------------------------------------------------------- talking points

    /** Every version of every talking point of the objective, by order then code, newest version first. */
    public List<TalkingPointVersion> talkingPointHistory(Objective objective) {
        var today = calendar.today();
        var rows = talkingPointRows(objective);
        var inForce =
                InForce.perKey(today, rows, TalkingPoint::code, TalkingPoint::effectiveFrom, point -> false).stream()
                        .collect(Collectors.toMap(TalkingPoint::code, TalkingPoint::effectiveFrom));
        return rows.stream()
                .sorted(Comparator.comparing(TalkingPoint::code)
                        .thenComparing(TalkingPoint::effectiveFrom, Comparator.reverseOrder()))
                .map(point -> TalkingPointVersion.of(
                        point, VersionState.of(point.effectiveFrom(), inForce.get(point.code()), today)))
                .toList();
    }

    /** The checklist agents see on a date (what the case page shows). */
    public List<TalkingPointVersion> talkingPointsOn(Objective objective, LocalDate date) {
        var today = calendar.today();
        return InForce.perKey(
                        date,
                        talkingPointRows(objective),
                        TalkingPoint::code,
                        TalkingPoint::effectiveFrom,
                        TalkingPoint::isWithdrawn)
                .stream()
                .sorted(Comparator.comparingInt(TalkingPoint::sortOrder).thenComparing(TalkingPoint::code))
                .map(point -> TalkingPointVersion.of(
                        point, point.effectiveFrom().isAfter(today) ? VersionState.SCHEDULED : VersionState.IN_FORCE))
                .toList();
    }

    /** A new version of a talking point (new or changed) from the date on. */
    @RolesAllowed(Role.Names.ADMIN)
    public TalkingPointVersion scheduleTalkingPoint(TalkingPointDraft draft, LocalDate effectiveFrom) {
        var checked = checkedTalkingPoint(draft, effectiveFrom);
        var point = new TalkingPoint(
                checked.objective(),
                checked.code(),
                checked.sortOrder(),
                checked.mandatory(),
                checked.textEs(),
                checked.textEn(),
                effectiveFrom);
        return storeTalkingPoint(point, "");
    }

    /** Retires a talking point from the date on; earlier versions stay in the history. */
    @RolesAllowed(Role.Names.ADMIN)
    public TalkingPointVersion withdrawTalkingPoint(Objective objective, String code, LocalDate effectiveFrom) {
        refuseIfAny(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        var current = pointInForce(objective, code, effectiveFrom)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_POINT", "code", code)));
        return storeTalkingPoint(TalkingPoint.withdrawal(current, effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeTalkingPoint(TalkingPointDraft draft, LocalDate effectiveFrom, String reason) {
        var checked = checkedTalkingPoint(draft, effectiveFrom);
        var payload = Json.createObjectBuilder()
                .add("objective", checked.objective().name())
                .add("code", checked.code())
                .add("sortOrder", checked.sortOrder())
                .add("mandatory", checked.mandatory())
                .add("textEs", checked.textEs())
                .add("textEn", checked.textEn())
                .build();
        return propose(
                ConfigurationProposal.Kind.TALKING_POINT,
                checked.objective() + "/" + checked.code(),
                payload,
                effectiveFrom,
                reason);
    }

    private TalkingPointDraft checkedTalkingPoint(TalkingPointDraft draft, LocalDate effectiveFrom) {
        var checked = draft.normalised();
        var reasons = new ArrayList<>(ConfigurationRules.talkingPoint(checked));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        refuseIfAny(reasons);
        return checked;
    }

    private TalkingPointVersion storeTalkingPoint(TalkingPoint point, String note) {
        var before = pointInForce(point.objective(), point.code(), point.effectiveFrom());
        // A second change for the same date replaces the scheduled one (the audit keeps both).
        talkingPointRows(point.objective()).stream()
                .filter(row ->
                        row.code().equals(point.code()) && row.effectiveFrom().equals(point.effectiveFrom()))
                .forEach(em::remove);
        em.flush();
        em.persist(point);
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                TALKING_POINT,
                point.objective() + "/" + point.code(),
                "from " + point.effectiveFrom() + note + "; before "
                        + before.map(StrategyConfiguration::describe).orElse("(none)") + "; after " + describe(point));
        return TalkingPointVersion.of(point, VersionState.SCHEDULED);
    }

    private Optional<TalkingPoint> pointInForce(Objective objective, String code, LocalDate date) {
        var versions = talkingPointRows(objective).stream()
                .filter(row -> row.code().equals(code))
                .toList();
        return InForce.on(date, versions, TalkingPoint::effectiveFrom).filter(point -> !point.isWithdrawn());
    }

    private List<TalkingPoint> talkingPointRows(Objective objective) {
        return em.createQuery("SELECT t FROM TalkingPoint t WHERE t.objective = :objective", TalkingPoint.class)
                .setParameter("objective", objective)
                .getResultList();
    }

    private static String describe(TalkingPoint point) {
        if (point.isWithdrawn()) {
            return "{withdrawn}";
        }
        return "{order=" + point.sortOrder() + ", mandatory=" + point.isMandatory() + ", es=\"" + point.textEs()
                + "\", en=\"" + point.textEn() + "\"}";
    }

    // ---------------------------------------------------------------- bucket objectives

    /** The objective of each bucket of the product in force on the date (missing = not configured). */
    public Map<AgingBucket, Objective> bucketObjectivesOn(Product product, LocalDate date) {
        var plan = new EnumMap<AgingBucket, Objective>(AgingBucket.class);
        InForce.perKey(date, bucketRows(product), BucketObjective::bucket, BucketObjective::effectiveFrom, row -> false)
                .forEach(row -> plan.put(row.bucket(), row.objective()));
        return plan;
    }

    /** Every version of the product's bucket objectives, by bucket, newest first. */
    public List<BucketObjectiveVersion> bucketObjectiveHistory(Product product) {
        var today = calendar.today();
        var rows = bucketRows(product);
        var inForce =
                InForce.perKey(today, rows, BucketObjective::bucket, BucketObjective::effectiveFrom, row -> false)
                        .stream()
                        .collect(Collectors.toMap(BucketObjective::bucket, BucketObjective::effectiveFrom));
        return rows.stream()
                .sorted(Comparator.comparing(BucketObjective::bucket)
                        .thenComparing(BucketObjective::effectiveFrom, Comparator.reverseOrder()))
                .map(row -> new BucketObjectiveVersion(
                        row.product(),
                        row.bucket(),
                        row.objective(),
                        row.effectiveFrom(),
                        VersionState.of(row.effectiveFrom(), inForce.get(row.bucket()), today)))
                .toList();
    }

    /** The product's whole plan from the date on; only buckets whose objective changes get a new row. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<BucketObjectiveVersion> scheduleBucketObjectives(
            Product product, Map<AgingBucket, Objective> plan, LocalDate effectiveFrom) {
        checkBucketPlan(product, plan, effectiveFrom);
        return storeBucketPlan(product, plan, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeBucketObjectives(
            Product product, Map<AgingBucket, Objective> plan, LocalDate effectiveFrom, String reason) {
        checkBucketPlan(product, plan, effectiveFrom);
        var buckets = Json.createObjectBuilder();
        plan.forEach((bucket, objective) -> buckets.add(bucket.name(), objective.name()));
        var payload = Json.createObjectBuilder()
                .add("product", product.name())
                .add("buckets", buckets)
                .build();
        return propose(ConfigurationProposal.Kind.BUCKET_OBJECTIVES, product.name(), payload, effectiveFrom, reason);
    }

    private void checkBucketPlan(Product product, Map<AgingBucket, Objective> plan, LocalDate effectiveFrom) {
        if (product == null) {
            throw new Refusal(Refusal.Kind.INVALID, Reason.of("CFG_PRODUCT_REQUIRED"));
        }
        var reasons = new ArrayList<>(ConfigurationRules.bucketObjectives(plan));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        refuseIfAny(reasons);
    }

    private List<BucketObjectiveVersion> storeBucketPlan(
            Product product, Map<AgingBucket, Objective> plan, LocalDate effectiveFrom, String note) {
        var before = bucketObjectivesOn(product, effectiveFrom);
        var rows = bucketRows(product);
        var stored = new ArrayList<BucketObjectiveVersion>();
        for (var entry : new EnumMap<>(plan).entrySet()) {
            var bucket = entry.getKey();
            if (entry.getValue() == before.get(bucket)) {
                continue;
            }
            rows.stream()
                    .filter(row -> row.bucket() == bucket && row.effectiveFrom().equals(effectiveFrom))
                    .forEach(em::remove);
            em.flush();
            em.persist(new BucketObjective(product, bucket, entry.getValue(), effectiveFrom));
            stored.add(new BucketObjectiveVersion(
                    product, bucket, entry.getValue(), effectiveFrom, VersionState.SCHEDULED));
        }
        if (!stored.isEmpty()) {
            audit.record(
                    ConfigurationEvent.CONFIG_SCHEDULED,
                    BUCKET_OBJECTIVE,
                    product.name(),
                    "from " + effectiveFrom + note + "; before " + before + "; after " + new EnumMap<>(plan));
        }
        return stored;
    }

    private List<BucketObjective> bucketRows(Product product) {
        return em.createQuery("SELECT o FROM BucketObjective o WHERE o.product = :product", BucketObjective.class)
                .setParameter("product", product)
                .getResultList();
    }

    // ---------------------------------------------------------------- contact policies

    /** The policy in force on the date, as a draft to edit; empty when the jurisdiction has none. */
    public Optional<ContactPolicyDraft> contactPolicyOn(Jurisdiction jurisdiction, LocalDate date) {
        return contactPolicies.inForce(jurisdiction, date).map(ContactPolicyDraft::of);
    }

    /** Every version of the jurisdiction's policy, newest first. */
    public List<ContactPolicyVersion> contactPolicyHistory(Jurisdiction jurisdiction) {
        var today = calendar.today();
        var rows = contactPolicyRows(jurisdiction);
        var inForce = InForce.on(today, rows, ContactPolicy::effectiveFrom)
                .map(ContactPolicy::effectiveFrom)
                .orElse(null);
        return rows.stream()
                .map(row -> new ContactPolicyVersion(
                        ContactPolicyDraft.of(row),
                        row.effectiveFrom(),
                        VersionState.of(row.effectiveFrom(), inForce, today)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ContactPolicyVersion scheduleContactPolicy(ContactPolicyDraft draft, LocalDate effectiveFrom) {
        checkContactPolicy(draft, effectiveFrom);
        return storeContactPolicy(draft, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeContactPolicy(ContactPolicyDraft draft, LocalDate effectiveFrom, String reason) {
        checkContactPolicy(draft, effectiveFrom);
        return propose(
                ConfigurationProposal.Kind.CONTACT_POLICY,
                draft.jurisdiction().name(),
                ConfigurationJson.of(draft),
                effectiveFrom,
                reason);
    }

    private void checkContactPolicy(ContactPolicyDraft draft, LocalDate effectiveFrom) {
        var reasons = new ArrayList<>(ConfigurationRules.contactPolicy(draft));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        refuseIfAny(reasons);
    }

    private ContactPolicyVersion storeContactPolicy(ContactPolicyDraft draft, LocalDate effectiveFrom, String note) {
        var before =
                contactPolicies.inForce(draft.jurisdiction(), effectiveFrom).map(ContactPolicyDraft::of);
        contactPolicyRows(draft.jurisdiction()).stream()
                .filter(row -> row.effectiveFrom().equals(effectiveFrom))
                .forEach(em::remove);
        em.flush();
        em.persist(draft.toPolicy(effectiveFrom));
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                CONTACT_POLICY,
                draft.jurisdiction().name(),
                "from " + effectiveFrom + note + "; before "
                        + before.map(ConfigurationJson::of)
                                .map(Object::toString)
                                .orElse("(none)") + "; after " + ConfigurationJson.of(draft));
        return new ContactPolicyVersion(draft, effectiveFrom, VersionState.SCHEDULED);
    }

    private List<ContactPolicy> contactPolicyRows(Jurisdiction jurisdiction) {
        return em.createQuery(
                        "SELECT p FROM ContactPolicy p WHERE p.jurisdiction = :jurisdiction ORDER BY p.effectiveFrom DESC",
                        ContactPolicy.class)
                .setParameter("jurisdiction", jurisdiction)
                .getResultList();
    }

    /** The jurisdiction's public holidays from a date on (a year ahead), in date order. */
    public List<PublicHoliday> holidays(Jurisdiction jurisdiction, LocalDate from) {
        return contactPolicies.holidays(jurisdiction, from, from.plusYears(1));
    }

    /** A new public holiday; like any change, from the next business date on. */
    @RolesAllowed(Role.Names.ADMIN)
    public void addHoliday(Jurisdiction jurisdiction, LocalDate date, String name) {
        var reasons = new ArrayList<>(ConfigurationRules.effectiveDate(date, calendar.today()));
        if (name == null || name.isBlank()) {
            reasons.add(Reason.of("CFG_HOLIDAY_NAME_REQUIRED"));
        }
        if (jurisdiction == null) {
            reasons.add(Reason.of("CFG_JURISDICTION_REQUIRED"));
        } else if (date != null && contactPolicies.isPublicHoliday(jurisdiction, date)) {
            reasons.add(Reason.of("CFG_HOLIDAY_EXISTS", "date", date));
        }
        refuseIfAny(reasons);
        em.persist(new PublicHoliday(jurisdiction, date, name.strip()));
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                HOLIDAY,
                jurisdiction + "/" + date,
                "before (none); after " + name.strip());
    }

    /** Removes a future public holiday; past ones are history and stay. */
    @RolesAllowed(Role.Names.ADMIN)
    public void removeHoliday(long holidayId) {
        var holiday = em.find(PublicHoliday.class, holidayId);
        if (holiday == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_HOLIDAY", "id", holidayId));
        }
        refuseIfAny(ConfigurationRules.effectiveDate(holiday.date(), calendar.today()));
        em.remove(holiday);
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                HOLIDAY,
                holiday.jurisdiction() + "/" + holiday.date(),
                "before " + holiday.name() + "; after (removed)");
    }

    // ---------------------------------------------------------------- priority weights

    static final int PREVIEW_SAMPLE = 200;

    public Optional<WeightsDraft> weightsOn(LocalDate date) {
        return weightRows().stream()
                .filter(row -> !row.effectiveFrom().isAfter(date))
                .findFirst()
                .map(WeightsDraft::of);
    }

    /** Every version, newest first. */
    public List<WeightsVersion> weightsHistory() {
        var today = calendar.today();
        var rows = weightRows();
        var inForce = InForce.on(today, rows, PriorityWeights::effectiveFrom)
                .map(PriorityWeights::effectiveFrom)
                .orElse(null);
        return rows.stream()
                .map(row -> new WeightsVersion(
                        WeightsDraft.of(row),
                        row.effectiveFrom(),
                        VersionState.of(row.effectiveFrom(), inForce, today)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public WeightsVersion scheduleWeights(WeightsDraft draft, LocalDate effectiveFrom) {
        checkWeights(draft, effectiveFrom);
        return storeWeights(draft, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeWeights(WeightsDraft draft, LocalDate effectiveFrom, String reason) {
        checkWeights(draft, effectiveFrom);
        return propose(
                ConfigurationProposal.Kind.PRIORITY_WEIGHTS,
                "WEIGHTS",
                ConfigurationJson.of(draft),
                effectiveFrom,
                reason);
    }

    /**
     * The top of a sample worklist (the highest-priority open cases: the caller's teams for a
     * supervisor, all for an admin) now and under the proposed weights.
     */
    public List<WeightsPreview.Line> previewWeights(WeightsDraft proposed, int top) {
        refuseIfAny(ConfigurationRules.weights(proposed));
        var current = weightsOn(calendar.today())
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, Reason.of("CFG_NO_WEIGHTS_IN_FORCE")));
        var query = session.isCallerInRole(Role.Names.ADMIN)
                ? em.createQuery(
                        "SELECT c FROM CollectionCase c WHERE c.status = :open ORDER BY c.priorityScore DESC, c.id",
                        CollectionCase.class)
                : em.createQuery(
                                "SELECT c FROM CollectionCase c WHERE c.status = :open AND c.teamId IN"
                                        + " (SELECT t.id FROM Team t WHERE t.supervisorUserId = :user)"
                                        + " ORDER BY c.priorityScore DESC, c.id",
                                CollectionCase.class)
                        .setParameter("user", currentUser.getUserId());
        var sample = query
                .setParameter("open", CaseStatus.OPEN)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.priorityParts")
                .setMaxResults(PREVIEW_SAMPLE)
                .getResultList()
                .stream()
                .map(kase ->
                        new WeightsPreview.SampleCase(kase.id(), kase.customer().fullName(), points(kase)))
                .toList();
        return WeightsPreview.of(sample, current.weights(), proposed.weights(), top);
    }

    private static Map<PriorityFactor, java.math.BigDecimal> points(CollectionCase kase) {
        var points = new EnumMap<PriorityFactor, java.math.BigDecimal>(PriorityFactor.class);
        for (var part : kase.priorityParts()) {
            try {
                points.merge(PriorityFactor.valueOf(part.name()), part.points(), java.math.BigDecimal::add);
            } catch (IllegalArgumentException notAFactor) {
                // A part named by an older rule: it counts in no factor the weights can change.
            }
        }
        return points;
    }

    private void checkWeights(WeightsDraft draft, LocalDate effectiveFrom) {
        var reasons = new ArrayList<>(ConfigurationRules.weights(draft));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        refuseIfAny(reasons);
    }

    private WeightsVersion storeWeights(WeightsDraft draft, LocalDate effectiveFrom, String note) {
        var before = weightsOn(effectiveFrom);
        weightRows().stream()
                .filter(row -> row.effectiveFrom().equals(effectiveFrom))
                .forEach(em::remove);
        em.flush();
        em.persist(draft.toWeights(effectiveFrom));
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                WEIGHTS,
                "WEIGHTS",
                "from " + effectiveFrom + note + "; before "
                        + before.map(ConfigurationJson::of)
                                .map(Object::toString)
                                .orElse("(none)") + "; after " + ConfigurationJson.of(draft));
        return new WeightsVersion(draft, effectiveFrom, VersionState.SCHEDULED);
    }

    private List<PriorityWeights> weightRows() {
        return em.createQuery("SELECT w FROM PriorityWeights w ORDER BY w.effectiveFrom DESC", PriorityWeights.class)
                .getResultList();
    }

    // ---------------------------------------------------------------- arrangement policies

    /** Every version of the product's policies, by currency and bucket, newest first. */
    public List<ArrangementPolicyVersion> arrangementPolicyHistory(Product product) {
        var today = calendar.today();
        var rows = arrangementPolicies.ofProduct(product);
        var inForce = InForce.perKey(
                        today,
                        rows,
                        row -> ArrangementPolicyDraft.of(row).key(),
                        ArrangementPolicy::effectiveFrom,
                        row -> false)
                .stream()
                .collect(Collectors.toMap(
                        row -> ArrangementPolicyDraft.of(row).key(), ArrangementPolicy::effectiveFrom));
        return rows.stream()
                .map(row -> {
                    var draft = ArrangementPolicyDraft.of(row);
                    return new ArrangementPolicyVersion(
                            draft,
                            row.effectiveFrom(),
                            VersionState.of(row.effectiveFrom(), inForce.get(draft.key()), today));
                })
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ArrangementPolicyVersion scheduleArrangementPolicy(ArrangementPolicyDraft draft, LocalDate effectiveFrom) {
        checkArrangementPolicy(draft, effectiveFrom);
        return storeArrangementPolicy(draft, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeArrangementPolicy(ArrangementPolicyDraft draft, LocalDate effectiveFrom, String reason) {
        checkArrangementPolicy(draft, effectiveFrom);
        return propose(
                ConfigurationProposal.Kind.ARRANGEMENT_POLICY,
                draft.key(),
                ConfigurationJson.of(draft),
                effectiveFrom,
                reason);
    }

    private void checkArrangementPolicy(ArrangementPolicyDraft draft, LocalDate effectiveFrom) {
        var reasons = new ArrayList<>(ConfigurationRules.arrangementPolicy(draft));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        refuseIfAny(reasons);
    }

    private ArrangementPolicyVersion storeArrangementPolicy(
            ArrangementPolicyDraft draft, LocalDate effectiveFrom, String note) {
        var sameKey = arrangementPolicies.ofProduct(draft.product()).stream()
                .filter(row -> ArrangementPolicyDraft.of(row).key().equals(draft.key()))
                .toList();
        var before = InForce.on(effectiveFrom, sameKey, ArrangementPolicy::effectiveFrom)
                .map(row -> ConfigurationJson.of(ArrangementPolicyDraft.of(row)).toString());
        sameKey.stream()
                .filter(row -> row.effectiveFrom().equals(effectiveFrom))
                .forEach(em::remove);
        em.flush();
        em.persist(draft.toPolicy(effectiveFrom));
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                ARRANGEMENT_POLICY,
                draft.key(),
                "from " + effectiveFrom + note + "; before " + before.orElse("(none)") + "; after "
                        + ConfigurationJson.of(draft));
        return new ArrangementPolicyVersion(draft, effectiveFrom, VersionState.SCHEDULED);
    }

    // ---------------------------------------------------------------- tone list

    /** The language's expressions (retired ones too), alphabetically. */
    public List<ToneExpressionVersion> toneList(Language language) {
        var today = calendar.today();
        return em
                .createQuery(
                        "SELECT e FROM ToneExpression e WHERE e.language = :language AND e.active = TRUE"
                                + " ORDER BY e.expression, e.effectiveFrom",
                        ToneExpression.class)
                .setParameter("language", language)
                .getResultList()
                .stream()
                .map(e -> new ToneExpressionVersion(
                        e.id(),
                        e.language(),
                        e.expression(),
                        e.category(),
                        e.effectiveFrom(),
                        e.retiredFrom().orElse(null),
                        e.isInForceOn(today),
                        e.effectiveFrom().isAfter(today)
                                || e.retiredFrom()
                                        .map(from -> from.isAfter(today))
                                        .orElse(false)))
                .toList();
    }

    /** What the tone check finds in a text with the list in force on the date (scheduled changes included). */
    public List<ToneHit> toneCheck(String text, LocalDate date) {
        var rules = em
                .createQuery(
                        "SELECT e FROM ToneExpression e WHERE e.active = TRUE AND e.effectiveFrom <= :date"
                                + " AND (e.retiredFrom IS NULL OR e.retiredFrom > :date)",
                        ToneExpression.class)
                .setParameter("date", date)
                .getResultList()
                .stream()
                .map(ToneRule::of)
                .toList();
        return ToneCheck.of(rules).hits(text);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ToneExpressionVersion addToneExpression(
            Language language, String expression, ToneCategory category, LocalDate effectiveFrom) {
        checkToneExpression(language, expression, category, effectiveFrom);
        return storeToneExpression(language, expression.strip(), category, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeToneExpression(
            Language language, String expression, ToneCategory category, LocalDate effectiveFrom, String reason) {
        checkToneExpression(language, expression, category, effectiveFrom);
        var payload = Json.createObjectBuilder()
                .add("language", language.name())
                .add("expression", expression.strip())
                .add("category", category.name())
                .build();
        return propose(
                ConfigurationProposal.Kind.TONE_EXPRESSION,
                language + "/" + AuditSubject.clip(expression.strip()),
                payload,
                effectiveFrom,
                reason);
    }

    /** Takes an expression off the list from the date on; the row stays for the history. */
    @RolesAllowed(Role.Names.ADMIN)
    public void retireToneExpression(long id, LocalDate from) {
        refuseIfAny(ConfigurationRules.effectiveDate(from, calendar.today()));
        var expression = em.find(ToneExpression.class, id);
        if (expression == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_TONE", "id", id));
        }
        if (from.isBefore(expression.effectiveFrom())) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    Reason.of("CFG_TONE_RETIRED_BEFORE_START", "date", from, "start", expression.effectiveFrom()));
        }
        var before = expression.retiredFrom().map(LocalDate::toString).orElse("(on the list)");
        expression.retireFrom(from);
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                TONE,
                expression.language() + "/" + AuditSubject.clip(expression.expression()),
                "retired from " + from + "; before " + before + "; after off the list from " + from);
    }

    private void checkToneExpression(
            Language language, String expression, ToneCategory category, LocalDate effectiveFrom) {
        var reasons = new ArrayList<>(ConfigurationRules.toneExpression(language, expression, category));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        if (reasons.isEmpty() && isListed(language, expression.strip(), effectiveFrom)) {
            reasons.add(Reason.of("CFG_TONE_DUPLICATE", "expression", expression.strip()));
        }
        refuseIfAny(reasons);
    }

    /** Already on the list on that date, or scheduled to join it. */
    private boolean isListed(Language language, String expression, LocalDate date) {
        return em.createQuery(
                                "SELECT COUNT(e) FROM ToneExpression e WHERE e.language = :language"
                                        + " AND LOWER(e.expression) = :expression AND e.active = TRUE"
                                        + " AND (e.retiredFrom IS NULL OR e.retiredFrom > :date)",
                                Long.class)
                        .setParameter("language", language)
                        .setParameter("expression", expression.toLowerCase(java.util.Locale.ROOT))
                        .setParameter("date", date)
                        .getSingleResult()
                > 0;
    }

    private ToneExpressionVersion storeToneExpression(
            Language language, String expression, ToneCategory category, LocalDate from, String note) {
        var row = new ToneExpression(language, expression, category, from);
        em.persist(row);
        em.flush();
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                TONE,
                language + "/" + AuditSubject.clip(expression),
                "from " + from + note + "; before (none); after " + category + " \"" + expression + "\"");
        return new ToneExpressionVersion(row.id(), language, expression, category, from, null, false, true);
    }

    // ---------------------------------------------------------------- message templates

    /** Every revision of every template, by code, channel and language, newest first. */
    public List<TemplateVersion> templateHistory() {
        var today = calendar.today();
        var rows = em.createQuery(
                        "SELECT t FROM MessageTemplate t ORDER BY t.code, t.channel, t.language, t.effectiveFrom DESC",
                        MessageTemplate.class)
                .getResultList();
        Function<MessageTemplate, String> key = t -> t.code() + "/" + t.channel() + "/" + t.language();
        var inForce = InForce.perKey(today, rows, key, MessageTemplate::effectiveFrom, row -> false).stream()
                .collect(Collectors.toMap(key, MessageTemplate::effectiveFrom));
        return rows.stream()
                .map(t -> new TemplateVersion(
                        t.code(),
                        t.channel(),
                        t.language(),
                        t.subject().orElse(null),
                        t.body(),
                        t.revision(),
                        t.effectiveFrom(),
                        VersionState.of(t.effectiveFrom(), inForce.get(key.apply(t)), today)))
                .toList();
    }

    /** The tone check of a template's subject and body with the list in force on the date. */
    public List<ToneHit> templateToneHits(String subject, String body, LocalDate date) {
        return toneCheck(toneText(subject, body), date);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public TemplateVersion scheduleTemplate(TemplateDraft draft, LocalDate effectiveFrom) {
        var checked = checkedTemplate(draft, effectiveFrom);
        return storeTemplate(checked, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeTemplate(TemplateDraft draft, LocalDate effectiveFrom, String reason) {
        var checked = checkedTemplate(draft, effectiveFrom);
        var payload = Json.createObjectBuilder()
                .add("code", checked.code())
                .add("channel", checked.channel().name())
                .add("language", checked.language().name())
                .add("body", checked.body());
        if (checked.subject() != null) {
            payload.add("subject", checked.subject());
        }
        return propose(ConfigurationProposal.Kind.TEMPLATE, checked.key(), payload.build(), effectiveFrom, reason);
    }

    /** Validation, then the tone check with the list in force on the effective date: every hit is a reason. */
    private TemplateDraft checkedTemplate(TemplateDraft draft, LocalDate effectiveFrom) {
        var checked = draft.normalised();
        var reasons = new ArrayList<>(ConfigurationRules.template(checked));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        if (reasons.isEmpty()) {
            templateToneHits(checked.subject(), checked.body(), effectiveFrom)
                    .forEach(hit -> reasons.add(
                            Reason.of("CFG_TEMPLATE_TONE", "found", hit.found(), "category", hit.category())));
        }
        refuseIfAny(reasons);
        return checked;
    }

    private TemplateVersion storeTemplate(TemplateDraft draft, LocalDate effectiveFrom, String note) {
        var sameKey = em.createQuery(
                        "SELECT t FROM MessageTemplate t WHERE t.code = :code AND t.channel = :channel"
                                + " AND t.language = :language",
                        MessageTemplate.class)
                .setParameter("code", draft.code())
                .setParameter("channel", draft.channel())
                .setParameter("language", draft.language())
                .getResultList();
        var before = InForce.on(effectiveFrom, sameKey, MessageTemplate::effectiveFrom)
                .map(t -> "r" + t.revision() + " \"" + t.subject().orElse("") + "\" \"" + t.body() + "\"");
        int revision =
                sameKey.stream().mapToInt(MessageTemplate::revision).max().orElse(0) + 1;
        sameKey.stream().filter(t -> t.effectiveFrom().equals(effectiveFrom)).forEach(em::remove);
        em.flush();
        em.persist(new MessageTemplate(
                draft.code(),
                draft.channel(),
                draft.language(),
                draft.subject(),
                draft.body(),
                effectiveFrom,
                revision));
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                TEMPLATE,
                draft.key(),
                "from " + effectiveFrom + note + "; before " + before.orElse("(none)") + "; after r" + revision + " \""
                        + (draft.subject() == null ? "" : draft.subject()) + "\" \"" + draft.body() + "\"");
        return new TemplateVersion(
                draft.code(),
                draft.channel(),
                draft.language(),
                draft.subject(),
                draft.body(),
                revision,
                effectiveFrom,
                VersionState.SCHEDULED);
    }

    private static String toneText(String subject, String body) {
        return (subject == null ? "" : subject + "\n") + (body == null ? "" : body);
    }

    // ---------------------------------------------------------------- objection guides

    /** Every version of every guide, by code, newest first. */
    public List<ObjectionVersion> objectionHistory() {
        var today = calendar.today();
        var rows = objectionRows();
        var inForce =
                InForce.perKey(today, rows, ObjectionGuide::code, ObjectionGuide::effectiveFrom, row -> false).stream()
                        .collect(Collectors.toMap(ObjectionGuide::code, ObjectionGuide::effectiveFrom));
        return rows.stream()
                .map(row -> new ObjectionVersion(
                        draftOf(row),
                        row.effectiveFrom(),
                        row.isWithdrawn(),
                        VersionState.of(row.effectiveFrom(), inForce.get(row.code()), today)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ObjectionVersion scheduleObjectionGuide(ObjectionDraft draft, LocalDate effectiveFrom) {
        var checked = checkedObjection(draft, effectiveFrom);
        return storeObjection(toGuide(checked, effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ObjectionVersion withdrawObjectionGuide(String code, LocalDate effectiveFrom) {
        refuseIfAny(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        var current = InForce.on(
                        effectiveFrom,
                        objectionRows().stream()
                                .filter(row -> row.code().equals(code))
                                .toList(),
                        ObjectionGuide::effectiveFrom)
                .filter(row -> !row.isWithdrawn())
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_POINT", "code", code)));
        return storeObjection(ObjectionGuide.withdrawal(current, effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeObjectionGuide(ObjectionDraft draft, LocalDate effectiveFrom, String reason) {
        var checked = checkedObjection(draft, effectiveFrom);
        var answers = Json.createArrayBuilder();
        checked.answers()
                .forEach(a -> answers.add(
                        Json.createObjectBuilder().add("es", a.textEs()).add("en", a.textEn())));
        var payload = Json.createObjectBuilder()
                .add("code", checked.code())
                .add("objectionEs", checked.objectionEs())
                .add("objectionEn", checked.objectionEn())
                .add("answers", answers);
        if (checked.objective() != null) {
            payload.add("objective", checked.objective().name());
        }
        return propose(
                ConfigurationProposal.Kind.OBJECTION_GUIDE, checked.code(), payload.build(), effectiveFrom, reason);
    }

    private ObjectionDraft checkedObjection(ObjectionDraft draft, LocalDate effectiveFrom) {
        var checked = draft.normalised();
        var reasons = new ArrayList<>(ConfigurationRules.objectionGuide(checked));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        refuseIfAny(reasons);
        return checked;
    }

    private static ObjectionGuide toGuide(ObjectionDraft draft, LocalDate effectiveFrom) {
        return new ObjectionGuide(
                draft.code(),
                draft.objective(),
                draft.objectionEs(),
                draft.objectionEn(),
                draft.answers().stream()
                        .map(a -> new SuggestedAnswer(a.textEs(), a.textEn()))
                        .toList(),
                effectiveFrom);
    }

    private static ObjectionDraft draftOf(ObjectionGuide guide) {
        return new ObjectionDraft(
                guide.code(),
                guide.objective().orElse(null),
                guide.objection(Language.ES),
                guide.objection(Language.EN),
                guide.answers().stream()
                        .map(a -> new ObjectionDraft.Answer(a.textEs(), a.textEn()))
                        .toList());
    }

    private ObjectionVersion storeObjection(ObjectionGuide guide, String note) {
        var sameCode = objectionRows().stream()
                .filter(row -> row.code().equals(guide.code()))
                .toList();
        var before = InForce.on(guide.effectiveFrom(), sameCode, ObjectionGuide::effectiveFrom)
                .map(row -> row.isWithdrawn() ? "{withdrawn}" : draftOf(row).toString());
        sameCode.stream()
                .filter(row -> row.effectiveFrom().equals(guide.effectiveFrom()))
                .forEach(em::remove);
        em.flush();
        em.persist(guide);
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                OBJECTION,
                guide.code(),
                "from " + guide.effectiveFrom() + note + "; before " + before.orElse("(none)") + "; after "
                        + (guide.isWithdrawn() ? "{withdrawn}" : draftOf(guide).toString()));
        return new ObjectionVersion(draftOf(guide), guide.effectiveFrom(), guide.isWithdrawn(), VersionState.SCHEDULED);
    }

    private List<ObjectionGuide> objectionRows() {
        return em.createQuery(
                        "SELECT g FROM ObjectionGuide g ORDER BY g.code, g.effectiveFrom DESC", ObjectionGuide.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "g.answers")
                .getResultList();
    }

    // ---------------------------------------------------------------- solution routes

    /** Every version of every route, by code, newest first. */
    public List<RouteVersion> routeHistory() {
        var today = calendar.today();
        var rows = routeRows();
        var inForce =
                InForce.perKey(today, rows, SolutionRoute::code, SolutionRoute::effectiveFrom, row -> false).stream()
                        .collect(Collectors.toMap(SolutionRoute::code, SolutionRoute::effectiveFrom));
        return rows.stream()
                .map(row -> new RouteVersion(
                        routeDraftOf(row),
                        row.effectiveFrom(),
                        row.isWithdrawn(),
                        VersionState.of(row.effectiveFrom(), inForce.get(row.code()), today)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public RouteVersion scheduleRoute(RouteDraft draft, LocalDate effectiveFrom) {
        var checked = checkedRoute(draft, effectiveFrom);
        return storeRoute(toRoute(checked, effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public RouteVersion withdrawRoute(String code, LocalDate effectiveFrom) {
        refuseIfAny(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        var current = InForce.on(
                        effectiveFrom,
                        routeRows().stream()
                                .filter(row -> row.code().equals(code))
                                .toList(),
                        SolutionRoute::effectiveFrom)
                .filter(row -> !row.isWithdrawn())
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_POINT", "code", code)));
        return storeRoute(SolutionRoute.withdrawal(current, effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeRoute(RouteDraft draft, LocalDate effectiveFrom, String reason) {
        var checked = checkedRoute(draft, effectiveFrom);
        var products = Json.createArrayBuilder();
        checked.products().forEach(product -> products.add(product.name()));
        var buckets = Json.createArrayBuilder();
        checked.buckets().forEach(bucket -> buckets.add(bucket.name()));
        var payload = Json.createObjectBuilder()
                .add("code", checked.code())
                .add("kind", checked.kind().name())
                .add("nameEs", checked.nameEs())
                .add("nameEn", checked.nameEn())
                .add("descriptionEs", checked.descriptionEs())
                .add("descriptionEn", checked.descriptionEn())
                .add("products", products)
                .add("buckets", buckets)
                .build();
        return propose(ConfigurationProposal.Kind.SOLUTION_ROUTE, checked.code(), payload, effectiveFrom, reason);
    }

    private RouteDraft checkedRoute(RouteDraft draft, LocalDate effectiveFrom) {
        var checked = draft.normalised();
        var reasons = new ArrayList<>(ConfigurationRules.solutionRoute(checked));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        refuseIfAny(reasons);
        return checked;
    }

    private static SolutionRoute toRoute(RouteDraft draft, LocalDate effectiveFrom) {
        return new SolutionRoute(
                draft.code(),
                draft.kind(),
                draft.nameEs(),
                draft.nameEn(),
                draft.descriptionEs(),
                draft.descriptionEn(),
                draft.products(),
                draft.buckets(),
                effectiveFrom);
    }

    private static RouteDraft routeDraftOf(SolutionRoute route) {
        return new RouteDraft(
                route.code(),
                route.kind(),
                route.name(Language.ES),
                route.name(Language.EN),
                route.description(Language.ES),
                route.description(Language.EN),
                route.products().stream().sorted().toList(),
                route.buckets().stream().sorted().toList());
    }

    private RouteVersion storeRoute(SolutionRoute route, String note) {
        var sameCode = routeRows().stream()
                .filter(row -> row.code().equals(route.code()))
                .toList();
        var before = InForce.on(route.effectiveFrom(), sameCode, SolutionRoute::effectiveFrom)
                .map(row ->
                        row.isWithdrawn() ? "{withdrawn}" : routeDraftOf(row).toString());
        sameCode.stream()
                .filter(row -> row.effectiveFrom().equals(route.effectiveFrom()))
                .forEach(em::remove);
        em.flush();
        em.persist(route);
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                ROUTE,
                route.code(),
                "from " + route.effectiveFrom() + note + "; before " + before.orElse("(none)") + "; after "
                        + (route.isWithdrawn()
                                ? "{withdrawn}"
                                : routeDraftOf(route).toString()));
        return new RouteVersion(
                routeDraftOf(route), route.effectiveFrom(), route.isWithdrawn(), VersionState.SCHEDULED);
    }

    private List<SolutionRoute> routeRows() {
        return em.createQuery(
                        "SELECT r FROM SolutionRoute r ORDER BY r.code, r.effectiveFrom DESC", SolutionRoute.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.buckets")
                .setHint("eclipselink.batch", "r.products")
                .getResultList();
    }

    // ---------------------------------------------------------------- proposals

    /** Pending proposals first (oldest first), then the latest decided ones. */
    public List<Proposal> proposals() {
        var pending = em.createQuery(
                        "SELECT p FROM ConfigurationProposal p WHERE p.status = :pending ORDER BY p.proposedAt, p.id",
                        ConfigurationProposal.class)
                .setParameter("pending", ConfigurationProposal.Status.PENDING)
                .getResultList();
        var decided = em.createQuery(
                        "SELECT p FROM ConfigurationProposal p WHERE p.status <> :pending"
                                + " ORDER BY p.decidedAt DESC, p.id DESC",
                        ConfigurationProposal.class)
                .setParameter("pending", ConfigurationProposal.Status.PENDING)
                .setMaxResults(50)
                .getResultList();
        var all = new ArrayList<>(pending);
        all.addAll(decided);
        return all.stream().map(StrategyConfiguration::view).toList();
    }

    public Optional<Proposal> proposal(long id) {
        return Optional.ofNullable(em.find(ConfigurationProposal.class, id)).map(StrategyConfiguration::view);
    }

    /**
     * Applies the proposed change as the admin's own. A date that has passed meanwhile becomes the
     * next business date (the audit says so).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Proposal approve(long proposalId, long version, String note) {
        var proposal = pending(proposalId, version);
        var earliest = earliestEffectiveDate();
        var from = proposal.effectiveFrom().isBefore(earliest) ? earliest : proposal.effectiveFrom();
        var byProposal = ", proposal " + proposal.id() + " by " + proposal.proposedBy();
        var payload = Json.createReader(new StringReader(proposal.payload())).readObject();
        switch (proposal.kind()) {
            case TALKING_POINT -> {
                var draft = talkingPointOf(payload);
                refuseIfAny(ConfigurationRules.talkingPoint(draft));
                storeTalkingPoint(
                        new TalkingPoint(
                                draft.objective(),
                                draft.code(),
                                draft.sortOrder(),
                                draft.mandatory(),
                                draft.textEs(),
                                draft.textEn(),
                                from),
                        byProposal);
            }
            case BUCKET_OBJECTIVES -> {
                var product = Product.valueOf(payload.getString("product"));
                var plan = new EnumMap<AgingBucket, Objective>(AgingBucket.class);
                payload.getJsonObject("buckets")
                        .forEach((bucket, objective) -> plan.put(
                                AgingBucket.valueOf(bucket),
                                Objective.valueOf(((jakarta.json.JsonString) objective).getString())));
                checkBucketPlan(product, plan, from);
                storeBucketPlan(product, plan, from, byProposal);
            }
            case SOLUTION_ROUTE -> {
                var draft = new RouteDraft(
                        payload.getString("code"),
                        SolutionKind.valueOf(payload.getString("kind")),
                        payload.getString("nameEs"),
                        payload.getString("nameEn"),
                        payload.getString("descriptionEs"),
                        payload.getString("descriptionEn"),
                        payload.getJsonArray("products").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(value -> Product.valueOf(value.getString()))
                                .toList(),
                        payload.getJsonArray("buckets").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(value -> AgingBucket.valueOf(value.getString()))
                                .toList());
                storeRoute(toRoute(checkedRoute(draft, from), from), byProposal);
            }
            case OBJECTION_GUIDE -> {
                var draft = new ObjectionDraft(
                        payload.getString("code"),
                        payload.containsKey("objective") ? Objective.valueOf(payload.getString("objective")) : null,
                        payload.getString("objectionEs"),
                        payload.getString("objectionEn"),
                        payload.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                                .map(a -> new ObjectionDraft.Answer(a.getString("es"), a.getString("en")))
                                .toList());
                storeObjection(toGuide(checkedObjection(draft, from), from), byProposal);
            }
            case TEMPLATE -> {
                var draft = new TemplateDraft(
                        payload.getString("code"),
                        com.acuerdo.contact.entity.Channel.valueOf(payload.getString("channel")),
                        Language.valueOf(payload.getString("language")),
                        payload.containsKey("subject") ? payload.getString("subject") : null,
                        payload.getString("body"));
                storeTemplate(checkedTemplate(draft, from), from, byProposal);
            }
            case TONE_EXPRESSION -> {
                var language = Language.valueOf(payload.getString("language"));
                var expression = payload.getString("expression");
                var category = ToneCategory.valueOf(payload.getString("category"));
                checkToneExpression(language, expression, category, from);
                storeToneExpression(language, expression, category, from, byProposal);
            }
            case ARRANGEMENT_POLICY -> {
                var draft = ConfigurationJson.arrangementPolicy(payload);
                checkArrangementPolicy(draft, from);
                storeArrangementPolicy(draft, from, byProposal);
            }
            case PRIORITY_WEIGHTS -> {
                var draft = ConfigurationJson.weights(payload);
                checkWeights(draft, from);
                storeWeights(draft, from, byProposal);
            }
            case CONTACT_POLICY -> {
                var draft = ConfigurationJson.contactPolicy(payload);
                checkContactPolicy(draft, from);
                storeContactPolicy(draft, from, byProposal);
            }
        }
        proposal.approve(caller(), Instant.now(clock), note);
        audit.record(
                ConfigurationEvent.CONFIG_PROPOSAL_APPROVED,
                PROPOSAL,
                proposal.id(),
                proposal.kind() + " " + proposal.subject() + " from " + from + noteText(note));
        return view(proposal);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Proposal reject(long proposalId, long version, String note) {
        if (note == null || note.isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, Reason.of("CFG_REJECTION_NOTE_REQUIRED"));
        }
        var proposal = pending(proposalId, version);
        proposal.reject(caller(), Instant.now(clock), note);
        audit.record(
                ConfigurationEvent.CONFIG_PROPOSAL_REJECTED,
                PROPOSAL,
                proposal.id(),
                proposal.kind() + " " + proposal.subject() + noteText(note));
        return view(proposal);
    }

    private ConfigurationProposal pending(long proposalId, long version) {
        var proposal = em.find(ConfigurationProposal.class, proposalId);
        if (proposal == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_PROPOSAL", "id", proposalId));
        }
        if (!proposal.isPending()) {
            throw new Refusal(Refusal.Kind.CONFLICT, Reason.of("CFG_PROPOSAL_DECIDED", "status", proposal.status()));
        }
        if (proposal.version() != version) {
            throw new Refusal(Refusal.Kind.CONFLICT, Reason.of("CFG_PROPOSAL_CHANGED"));
        }
        return proposal;
    }

    private Proposal propose(
            ConfigurationProposal.Kind kind, String subject, JsonObject payload, LocalDate from, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, Reason.of("CFG_PROPOSAL_REASON_REQUIRED"));
        }
        var proposal = new ConfigurationProposal(
                kind, subject, payload.toString(), from, reason.strip(), caller(), Instant.now(clock));
        em.persist(proposal);
        em.flush();
        audit.record(
                ConfigurationEvent.CONFIG_PROPOSED,
                PROPOSAL,
                proposal.id(),
                kind + " " + subject + " from " + from + ": " + payload + "; reason: " + reason.strip());
        return view(proposal);
    }

    private static TalkingPointDraft talkingPointOf(JsonObject payload) {
        return new TalkingPointDraft(
                Objective.valueOf(payload.getString("objective")),
                payload.getString("code"),
                payload.getInt("sortOrder"),
                payload.getBoolean("mandatory"),
                payload.getString("textEs"),
                payload.getString("textEn"));
    }

    private static Proposal view(ConfigurationProposal p) {
        return new Proposal(
                p.id(),
                p.kind(),
                p.subject(),
                summary(p),
                p.effectiveFrom(),
                p.reason(),
                p.proposedBy(),
                p.proposedAt(),
                p.status(),
                p.decidedBy(),
                p.decisionNote(),
                p.version());
    }

    /** The proposed rows in plain words (texts as typed: they are the content under review). */
    private static String summary(ConfigurationProposal p) {
        var payload = Json.createReader(new StringReader(p.payload())).readObject();
        return switch (p.kind()) {
            case TALKING_POINT -> {
                var draft = talkingPointOf(payload);
                yield "#" + draft.sortOrder() + (draft.mandatory() ? " (!) " : " ") + "ES: " + draft.textEs()
                        + " · EN: " + draft.textEn();
            }
            case BUCKET_OBJECTIVES -> payload.getJsonObject("buckets").entrySet().stream()
                    .map(e -> e.getKey() + " → " + ((jakarta.json.JsonString) e.getValue()).getString())
                    .collect(Collectors.joining(", "));
            case CONTACT_POLICY -> ConfigurationJson.summary(ConfigurationJson.contactPolicy(payload));
            case PRIORITY_WEIGHTS -> ConfigurationJson.weights(payload)
                    .weights()
                    .toString();
            case ARRANGEMENT_POLICY -> payload.getJsonObject("soft") + " / " + payload.getJsonObject("hard");
            case SOLUTION_ROUTE -> payload.getString("kind") + ": " + payload.getString("nameEs") + " · "
                    + payload.getJsonArray("products") + " · " + payload.getJsonArray("buckets");
            case OBJECTION_GUIDE -> payload.getString("objectionEs") + " → "
                    + payload.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                            .map(a -> a.getString("es"))
                            .collect(Collectors.joining(" | "));
            case TEMPLATE -> (payload.containsKey("subject") ? payload.getString("subject") + " · " : "")
                    + payload.getString("body");
            case TONE_EXPRESSION -> payload.getString("category") + ": \"" + payload.getString("expression") + "\"";
        };
    }

    private static String noteText(String note) {
        return note == null || note.isBlank() ? "" : "; note: " + note.strip();
    }

    private static void refuseIfAny(List<Reason> reasons) {
        if (!reasons.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, reasons);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
