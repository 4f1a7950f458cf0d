package com.acuerdo.strategy.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketScheme;
import com.acuerdo.aging.entity.BucketSchemeVersion;
import com.acuerdo.aging.entity.BucketSchemes;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.strategy.entity.Objective;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The day ranges of the aging buckets, department-wide (the buckets are the integration contract's
 * codes; their days are configurable). The nightly aging of a date uses the version in force on it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class BucketRanges {

    static final String BUCKET_RANGES = "BUCKET_RANGES";
    static final String SUBJECT = "BUCKETS";

    @Inject
    ConfigurationChanges changes;

    @Inject
    BucketSchemes schemes;

    @Inject
    BucketObjectives bucketObjectives;

    public BucketScheme rangesOn(LocalDate date) {
        return schemes.on(date);
    }

    /** Every version, newest first. */
    public List<BucketRangesVersion> rangesHistory() {
        var rows = schemes.versions();
        var state = changes.states(rows, BucketSchemeVersion::effectiveFrom);
        return rows.stream()
                .map(row -> new BucketRangesVersion(row.scheme(), row.effectiveFrom(), state.apply(row)))
                .toList();
    }

    /**
     * Schedules the ranges from the date on; empty when they are those already in force then (nothing
     * stored). A second change for the same date replaces the scheduled one.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Optional<BucketRangesVersion> scheduleRanges(List<BucketScheme.Range> ranges, LocalDate effectiveFrom) {
        check(ranges, effectiveFrom);
        return store(BucketScheme.of(ranges), effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeRanges(List<BucketScheme.Range> ranges, LocalDate effectiveFrom, String reason) {
        check(ranges, effectiveFrom);
        var firstDays = Json.createObjectBuilder();
        BucketScheme.of(ranges).firstDays().forEach((bucket, from) -> firstDays.add(bucket.name(), from));
        var payload = Json.createObjectBuilder().add("firstDays", firstDays).build();
        return changes.propose(ConfigurationProposal.Kind.BUCKET_RANGES, SUBJECT, payload, effectiveFrom, reason);
    }

    /** An approved proposal, checked again (the objectives may have changed) and scheduled as the admin's own. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var ranges = scheme(payload).ranges();
        check(ranges, from);
        store(BucketScheme.of(ranges), from, note);
    }

    static String summary(JsonObject payload) {
        return scheme(payload).toString();
    }

    private static BucketScheme scheme(JsonObject payload) {
        var firstDays = new EnumMap<AgingBucket, Integer>(AgingBucket.class);
        payload.getJsonObject("firstDays")
                .forEach((bucket, from) -> firstDays.put(AgingBucket.valueOf(bucket), ((JsonNumber) from).intValue()));
        return BucketScheme.ofFirstDays(firstDays);
    }

    /** The ranges' own reasons, a product whose objectives in force then leave a bucket without one, the date. */
    private void check(List<BucketScheme.Range> ranges, LocalDate effectiveFrom) {
        var reasons = new ArrayList<>(BucketScheme.check(ranges == null ? List.of() : ranges));
        if (effectiveFrom != null) {
            var plans = new LinkedHashMap<Product, Map<AgingBucket, Objective>>();
            for (var product : Product.values()) {
                plans.put(product, bucketObjectives.bucketObjectivesOn(product, effectiveFrom));
            }
            reasons.addAll(BucketScheme.objectiveGaps(plans));
        }
        changes.check(reasons, effectiveFrom);
    }

    private Optional<BucketRangesVersion> store(BucketScheme scheme, LocalDate effectiveFrom, String note) {
        var before = schemes.on(effectiveFrom);
        if (before.equals(scheme)) {
            return Optional.empty();
        }
        changes.schedule(
                schemes.versions(),
                BucketSchemeVersion::effectiveFrom,
                effectiveFrom,
                new BucketSchemeVersion(scheme, effectiveFrom));
        changes.recordScheduled(BUCKET_RANGES, SUBJECT, effectiveFrom, note, before.toString(), scheme.toString());
        return Optional.of(new BucketRangesVersion(scheme, effectiveFrom, VersionState.SCHEDULED));
    }
}
