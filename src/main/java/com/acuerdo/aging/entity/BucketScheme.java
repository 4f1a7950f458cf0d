package com.acuerdo.aging.entity;

import com.acuerdo.platform.rules.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The day ranges of the aging buckets: which bucket a number of days past due falls in. The buckets
 * themselves are the seven codes of the integration contract; what the department may change is the
 * day each one starts on (CURRENT is always 0, the first delinquent bucket starts on day 1, each
 * bucket ends the day before the next starts, the last is open-ended). An immutable value: a version
 * in force on a date is read once and asked for every account.
 */
public final class BucketScheme {

    /** One bucket's days as a screen edits them: {@code toDays} null means open-ended. */
    public record Range(AgingBucket bucket, Integer fromDays, Integer toDays) {}

    private static final AgingBucket[] BUCKETS = AgingBucket.values();
    private static final AgingBucket LAST = BUCKETS[BUCKETS.length - 1];
    private static final BucketScheme DEFAULTS = new BucketScheme(
            Arrays.stream(BUCKETS).mapToInt(AgingBucket::fromDays).toArray());

    /** The first day of each bucket, by ordinal; strictly ascending, [0] = 0, [1] = 1. */
    private final int[] firstDays;

    private BucketScheme(int[] firstDays) {
        this.firstDays = firstDays;
    }

    /** The enum's ranges: 0, 1–29, 30–59, 60–89, 90–119, 120–179, 180+. */
    public static BucketScheme defaults() {
        return DEFAULTS;
    }

    /** The scheme of the ranges; call only with ranges {@link #check} accepts. */
    public static BucketScheme of(List<Range> ranges) {
        var reasons = check(ranges);
        if (!reasons.isEmpty()) {
            throw new IllegalArgumentException("invalid bucket ranges: " + reasons);
        }
        var first = new int[BUCKETS.length];
        ranges.forEach(range -> first[range.bucket().ordinal()] = range.fromDays());
        return new BucketScheme(first);
    }

    /** The scheme from each bucket's first day (as stored); refused when they are not a valid scheme. */
    public static BucketScheme ofFirstDays(Map<AgingBucket, Integer> firstDays) {
        var ranges = new ArrayList<Range>();
        for (int i = 0; i < BUCKETS.length; i++) {
            var from = firstDays.get(BUCKETS[i]);
            Integer next = i + 1 < BUCKETS.length ? firstDays.get(BUCKETS[i + 1]) : null;
            ranges.add(new Range(BUCKETS[i], from, next == null ? null : next - 1));
        }
        return of(ranges);
    }

    /**
     * Every reason the ranges are not a scheme, all at once (empty when they are): a bucket missing
     * or without its first day, CURRENT other than exactly day 0, the first delinquent bucket not
     * starting on day 1, a range ending before it starts, buckets out of order, overlapping ranges,
     * days between two ranges that no bucket covers, an end on the last bucket or a missing end on
     * another.
     */
    public static List<Reason> check(List<Range> ranges) {
        var reasons = new ArrayList<Reason>();
        var byBucket = new EnumMap<AgingBucket, Range>(AgingBucket.class);
        for (var range : ranges) {
            if (range != null && range.bucket() != null) {
                byBucket.put(range.bucket(), range);
            }
        }
        for (var bucket : BUCKETS) {
            var range = byBucket.get(bucket);
            if (range == null || range.fromDays() == null) {
                reasons.add(Reason.of("CFG_RANGE_REQUIRED", "bucket", bucket));
            }
        }
        if (!reasons.isEmpty()) {
            return reasons;
        }
        var current = byBucket.get(AgingBucket.CURRENT);
        if (current.fromDays() != 0 || !Objects.equals(current.toDays(), 0)) {
            reasons.add(
                    Reason.of("CFG_RANGE_CURRENT_NOT_ZERO", "from", current.fromDays(), "to", text(current.toDays())));
        }
        var first = byBucket.get(BUCKETS[1]);
        if (first.fromDays() != 1) {
            reasons.add(Reason.of("CFG_RANGE_FIRST_NOT_ONE", "bucket", first.bucket(), "from", first.fromDays()));
        }
        for (var bucket : BUCKETS) {
            var range = byBucket.get(bucket);
            if (bucket == LAST && range.toDays() != null) {
                reasons.add(Reason.of("CFG_RANGE_LAST_NOT_OPEN", "bucket", bucket, "to", range.toDays()));
            } else if (bucket != LAST && range.toDays() == null) {
                reasons.add(Reason.of("CFG_RANGE_OPEN_BEFORE_LAST", "bucket", bucket));
            } else if (range.toDays() != null && range.toDays() < range.fromDays()) {
                reasons.add(Reason.of(
                        "CFG_RANGE_ENDS_BEFORE_START",
                        "bucket",
                        bucket,
                        "from",
                        range.fromDays(),
                        "to",
                        range.toDays()));
            }
        }
        for (int i = 1; i < BUCKETS.length; i++) {
            var previous = byBucket.get(BUCKETS[i - 1]);
            var range = byBucket.get(BUCKETS[i]);
            if (range.fromDays() <= previous.fromDays()) {
                reasons.add(Reason.of(
                        "CFG_RANGE_NOT_ASCENDING",
                        "bucket",
                        range.bucket(),
                        "from",
                        range.fromDays(),
                        "previous",
                        previous.bucket(),
                        "previousFrom",
                        previous.fromDays()));
            } else if (previous.toDays() == null || previous.toDays() < previous.fromDays()) {
                continue; // already refused (open-ended before the last bucket, or reversed)
            } else if (range.fromDays() <= previous.toDays()) {
                reasons.add(Reason.of(
                        "CFG_RANGE_OVERLAP",
                        "previous",
                        previous.bucket(),
                        "bucket",
                        range.bucket(),
                        "from",
                        range.fromDays(),
                        "to",
                        Math.min(previous.toDays(), endOf(range))));
            } else if (range.fromDays() > previous.toDays() + 1) {
                reasons.add(Reason.of(
                        "CFG_RANGE_GAP",
                        "previous",
                        previous.bucket(),
                        "bucket",
                        range.bucket(),
                        "from",
                        previous.toDays() + 1,
                        "to",
                        range.fromDays() - 1));
            }
        }
        return reasons;
    }

    /**
     * With the objective plans of the products in force from the same date: every delinquent bucket
     * needs an objective in every product, or its cases would have no checklist.
     *
     * @param plans each product's objective per bucket (missing = none configured)
     */
    public static <P> List<Reason> objectiveGaps(Map<P, ? extends Map<AgingBucket, ?>> plans) {
        var reasons = new ArrayList<Reason>();
        plans.forEach((product, plan) -> {
            for (var bucket : BUCKETS) {
                if (bucket.isDelinquent() && plan.get(bucket) == null) {
                    reasons.add(Reason.of("CFG_RANGE_WITHOUT_OBJECTIVE", "product", product, "bucket", bucket));
                }
            }
        });
        return reasons;
    }

    private static int endOf(Range range) {
        return range.toDays() == null ? Integer.MAX_VALUE : range.toDays();
    }

    private static String text(Integer days) {
        return days == null ? "∞" : days.toString();
    }

    /** The bucket of an account that many days past due. */
    public AgingBucket bucketOf(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        }
        for (int i = firstDays.length - 1; i > 0; i--) {
            if (daysPastDue >= firstDays[i]) {
                return BUCKETS[i];
            }
        }
        return AgingBucket.CURRENT;
    }

    public int fromDays(AgingBucket bucket) {
        return firstDays[bucket.ordinal()];
    }

    /** The last day of the bucket; null for the last, open-ended one. */
    public Integer toDays(AgingBucket bucket) {
        int next = bucket.ordinal() + 1;
        return next < firstDays.length ? firstDays[next] - 1 : null;
    }

    /** The bucket's days as people write them: {@code 0}, {@code 1–29}, {@code 180+}. */
    public String daysText(AgingBucket bucket) {
        var to = toDays(bucket);
        var from = fromDays(bucket);
        return from + (to == null ? "+" : to == from ? "" : "–" + to);
    }

    public List<Range> ranges() {
        return Arrays.stream(BUCKETS)
                .map(bucket -> new Range(bucket, fromDays(bucket), toDays(bucket)))
                .toList();
    }

    /** The first day of each bucket, as stored. */
    public Map<AgingBucket, Integer> firstDays() {
        var map = new EnumMap<AgingBucket, Integer>(AgingBucket.class);
        for (var bucket : BUCKETS) {
            map.put(bucket, fromDays(bucket));
        }
        return map;
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BucketScheme scheme && Arrays.equals(firstDays, scheme.firstDays);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(firstDays);
    }

    /** E.g. {@code CURRENT 0, DPD_1_29 1–29, …, DPD_180_PLUS 180+}: audit and proposal summaries. */
    @Override
    public String toString() {
        return Arrays.stream(BUCKETS)
                .map(bucket -> bucket + " " + daysText(bucket))
                .collect(Collectors.joining(", "));
    }
}
