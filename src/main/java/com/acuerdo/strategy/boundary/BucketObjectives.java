package com.acuerdo.strategy.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.entity.BucketObjective;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.strategy.entity.Objective;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The objective of each delinquent bucket per product. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class BucketObjectives {

    static final String BUCKET_OBJECTIVE = "BUCKET_OBJECTIVE";

    @Inject
    ConfigurationChanges changes;

    /** The objective of each bucket of the product in force on the date (missing = not configured). */
    public Map<AgingBucket, Objective> bucketObjectivesOn(Product product, LocalDate date) {
        var plan = new EnumMap<AgingBucket, Objective>(AgingBucket.class);
        InForce.perKey(date, rows(product), BucketObjective::bucket, BucketObjective::effectiveFrom, row -> false)
                .forEach(row -> plan.put(row.bucket(), row.objective()));
        return plan;
    }

    /** Every version of the product's bucket objectives, by bucket, newest first. */
    public List<BucketObjectiveVersion> bucketObjectiveHistory(Product product) {
        var rows = rows(product);
        var state = changes.states(rows, BucketObjective::bucket, BucketObjective::effectiveFrom);
        return rows.stream()
                .sorted(Comparator.comparing(BucketObjective::bucket)
                        .thenComparing(BucketObjective::effectiveFrom, Comparator.reverseOrder()))
                .map(row -> new BucketObjectiveVersion(
                        row.product(), row.bucket(), row.objective(), row.effectiveFrom(), state.apply(row)))
                .toList();
    }

    /** The product's whole plan from the date on; only buckets whose objective changes get a new row. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<BucketObjectiveVersion> scheduleBucketObjectives(
            Product product, Map<AgingBucket, Objective> plan, LocalDate effectiveFrom) {
        check(product, plan, effectiveFrom);
        return store(product, plan, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeBucketObjectives(
            Product product, Map<AgingBucket, Objective> plan, LocalDate effectiveFrom, String reason) {
        check(product, plan, effectiveFrom);
        var buckets = Json.createObjectBuilder();
        plan.forEach((bucket, objective) -> buckets.add(bucket.name(), objective.name()));
        var payload = Json.createObjectBuilder()
                .add("product", product.name())
                .add("buckets", buckets)
                .build();
        return changes.propose(
                ConfigurationProposal.Kind.BUCKET_OBJECTIVES, product.name(), payload, effectiveFrom, reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var product = Product.valueOf(payload.getString("product"));
        var plan = new EnumMap<AgingBucket, Objective>(AgingBucket.class);
        payload.getJsonObject("buckets")
                .forEach((bucket, objective) ->
                        plan.put(AgingBucket.valueOf(bucket), Objective.valueOf(((JsonString) objective).getString())));
        check(product, plan, from);
        store(product, plan, from, note);
    }

    static String summary(JsonObject payload) {
        return payload.getJsonObject("buckets").entrySet().stream()
                .map(e -> e.getKey() + " → " + ((JsonString) e.getValue()).getString())
                .collect(Collectors.joining(", "));
    }

    private void check(Product product, Map<AgingBucket, Objective> plan, LocalDate effectiveFrom) {
        if (product == null) {
            throw new Refusal(Refusal.Kind.INVALID, Reason.of("CFG_PRODUCT_REQUIRED"));
        }
        changes.check(ConfigurationRules.bucketObjectives(plan), effectiveFrom);
    }

    private List<BucketObjectiveVersion> store(
            Product product, Map<AgingBucket, Objective> plan, LocalDate effectiveFrom, String note) {
        var before = bucketObjectivesOn(product, effectiveFrom);
        var rows = rows(product);
        var stored = new ArrayList<BucketObjectiveVersion>();
        for (var entry : new EnumMap<>(plan).entrySet()) {
            var bucket = entry.getKey();
            if (entry.getValue() == before.get(bucket)) {
                continue;
            }
            var sameBucket = rows.stream().filter(row -> row.bucket() == bucket).toList();
            changes.schedule(
                    sameBucket,
                    BucketObjective::effectiveFrom,
                    effectiveFrom,
                    new BucketObjective(product, bucket, entry.getValue(), effectiveFrom));
            stored.add(new BucketObjectiveVersion(
                    product, bucket, entry.getValue(), effectiveFrom, VersionState.SCHEDULED));
        }
        if (!stored.isEmpty()) {
            changes.recordScheduled(
                    BUCKET_OBJECTIVE,
                    product.name(),
                    effectiveFrom,
                    note,
                    before.toString(),
                    new EnumMap<>(plan).toString());
        }
        return stored;
    }

    private List<BucketObjective> rows(Product product) {
        return changes.em()
                .createQuery("SELECT o FROM BucketObjective o WHERE o.product = :product", BucketObjective.class)
                .setParameter("product", product)
                .getResultList();
    }
}
