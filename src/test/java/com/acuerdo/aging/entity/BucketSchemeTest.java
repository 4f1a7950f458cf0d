package com.acuerdo.aging.entity;

import static com.acuerdo.aging.entity.AgingBucket.CURRENT;
import static com.acuerdo.aging.entity.AgingBucket.DPD_120_179;
import static com.acuerdo.aging.entity.AgingBucket.DPD_180_PLUS;
import static com.acuerdo.aging.entity.AgingBucket.DPD_1_29;
import static com.acuerdo.aging.entity.AgingBucket.DPD_30_59;
import static com.acuerdo.aging.entity.AgingBucket.DPD_60_89;
import static com.acuerdo.aging.entity.AgingBucket.DPD_90_119;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.aging.entity.BucketScheme.Range;
import com.acuerdo.platform.rules.Reason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketSchemeTest {

    /** 0 · 1–14 · 15–44 · 45–89 · 90–119 · 120–149 · 150+ */
    private static final BucketScheme SHORTER = BucketScheme.of(ranges(
            range(CURRENT, 0, 0),
            range(DPD_1_29, 1, 14),
            range(DPD_30_59, 15, 44),
            range(DPD_60_89, 45, 89),
            range(DPD_90_119, 90, 119),
            range(DPD_120_179, 120, 149),
            range(DPD_180_PLUS, 150, null)));

    private static Range range(AgingBucket bucket, Integer from, Integer to) {
        return new Range(bucket, from, to);
    }

    private static List<Range> ranges(Range... ranges) {
        return List.of(ranges);
    }

    /** The default ranges with one bucket's range replaced. */
    private static List<Range> defaultsWith(AgingBucket bucket, Integer from, Integer to) {
        var ranges = new ArrayList<>(BucketScheme.defaults().ranges());
        ranges.set(bucket.ordinal(), range(bucket, from, to));
        return ranges;
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "29", "30", "59", "60", "89", "90", "119", "120", "179", "180", "5000"})
    void the_defaults_are_the_enums_ranges_at_every_edge(int days) {
        assertThat(BucketScheme.defaults().bucketOf(days)).isEqualTo(AgingBucket.of(days));
    }

    @ParameterizedTest
    @CsvSource({
        "0, CURRENT",
        "1, DPD_1_29",
        "14, DPD_1_29",
        "15, DPD_30_59",
        "44, DPD_30_59",
        "45, DPD_60_89",
        "89, DPD_60_89",
        "90, DPD_90_119",
        "119, DPD_90_119",
        "120, DPD_120_179",
        "149, DPD_120_179",
        "150, DPD_180_PLUS",
        "10000, DPD_180_PLUS"
    })
    void edited_ranges_put_days_in_their_bucket_at_the_edges(int days, AgingBucket expected) {
        assertThat(SHORTER.bucketOf(days)).isEqualTo(expected);
    }

    @Test
    void negative_days_are_refused() {
        assertThatThrownBy(() -> SHORTER.bucketOf(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_ranges_read_back_with_the_last_one_open_ended() {
        assertThat(SHORTER.fromDays(DPD_30_59)).isEqualTo(15);
        assertThat(SHORTER.toDays(DPD_30_59)).isEqualTo(44);
        assertThat(SHORTER.toDays(CURRENT)).isZero();
        assertThat(SHORTER.toDays(DPD_180_PLUS)).isNull();
        assertThat(SHORTER.daysText(CURRENT)).isEqualTo("0");
        assertThat(SHORTER.daysText(DPD_30_59)).isEqualTo("15–44");
        assertThat(SHORTER.daysText(DPD_180_PLUS)).isEqualTo("150+");
        assertThat(SHORTER.toString())
                .isEqualTo("CURRENT 0, DPD_1_29 1–14, DPD_30_59 15–44, DPD_60_89 45–89, DPD_90_119 90–119,"
                        + " DPD_120_179 120–149, DPD_180_PLUS 150+");
    }

    @Test
    void a_scheme_is_the_same_from_its_first_days_and_equal_by_value() {
        var again = BucketScheme.ofFirstDays(SHORTER.firstDays());
        assertThat(again).isEqualTo(SHORTER).hasSameHashCodeAs(SHORTER);
        assertThat(again.isDefault()).isFalse();
        assertThat(BucketScheme.ofFirstDays(BucketScheme.defaults().firstDays()).isDefault())
                .isTrue();
    }

    @Test
    void valid_ranges_have_no_reasons() {
        assertThat(BucketScheme.check(SHORTER.ranges())).isEmpty();
        assertThat(BucketScheme.check(BucketScheme.defaults().ranges())).isEmpty();
    }

    @Test
    void a_one_day_bucket_is_valid() {
        var ranges = new ArrayList<>(defaultsWith(DPD_90_119, 90, 90));
        ranges.set(DPD_120_179.ordinal(), range(DPD_120_179, 91, 179));
        assertThat(BucketScheme.check(ranges)).isEmpty();
        assertThat(BucketScheme.of(ranges).bucketOf(91)).isEqualTo(DPD_120_179);
    }

    @Test
    void overlapping_ranges_are_refused_with_the_days_they_share() {
        var reasons = BucketScheme.check(defaultsWith(DPD_30_59, 25, 59));
        assertThat(reasons)
                .containsExactly(Reason.of(
                        "CFG_RANGE_OVERLAP", "previous", DPD_1_29, "bucket", DPD_30_59, "from", 25, "to", 29));
    }

    @Test
    void a_gap_between_ranges_is_refused_with_the_days_no_bucket_covers() {
        var reasons = BucketScheme.check(defaultsWith(DPD_1_29, 1, 20));
        assertThat(reasons)
                .containsExactly(
                        Reason.of("CFG_RANGE_GAP", "previous", DPD_1_29, "bucket", DPD_30_59, "from", 21, "to", 29));
    }

    @Test
    void current_must_be_exactly_day_zero() {
        assertThat(codes(BucketScheme.check(defaultsWith(CURRENT, 0, 1)))).contains("CFG_RANGE_CURRENT_NOT_ZERO");
        assertThat(codes(BucketScheme.check(defaultsWith(CURRENT, 1, 0)))).contains("CFG_RANGE_CURRENT_NOT_ZERO");
        assertThat(codes(BucketScheme.check(defaultsWith(CURRENT, 0, null)))).contains("CFG_RANGE_CURRENT_NOT_ZERO");
    }

    @Test
    void the_first_delinquent_bucket_must_start_on_day_one() {
        var reasons = BucketScheme.check(defaultsWith(DPD_1_29, 2, 29));
        assertThat(reasons).contains(Reason.of("CFG_RANGE_FIRST_NOT_ONE", "bucket", DPD_1_29, "from", 2));
    }

    @Test
    void buckets_must_ascend_in_their_order() {
        var ranges = new ArrayList<>(defaultsWith(DPD_60_89, 20, 25));
        var reasons = BucketScheme.check(ranges);
        assertThat(reasons)
                .contains(Reason.of(
                        "CFG_RANGE_NOT_ASCENDING",
                        "bucket",
                        DPD_60_89,
                        "from",
                        20,
                        "previous",
                        DPD_30_59,
                        "previousFrom",
                        30));
    }

    @Test
    void a_range_may_not_end_before_it_starts() {
        var reasons = BucketScheme.check(defaultsWith(DPD_60_89, 60, 50));
        assertThat(reasons)
                .contains(Reason.of("CFG_RANGE_ENDS_BEFORE_START", "bucket", DPD_60_89, "from", 60, "to", 50));
    }

    @Test
    void the_last_bucket_must_be_open_ended() {
        var reasons = BucketScheme.check(defaultsWith(DPD_180_PLUS, 180, 365));
        assertThat(reasons).containsExactly(Reason.of("CFG_RANGE_LAST_NOT_OPEN", "bucket", DPD_180_PLUS, "to", 365));
    }

    @Test
    void only_the_last_bucket_may_be_open_ended() {
        var reasons = BucketScheme.check(defaultsWith(DPD_90_119, 90, null));
        assertThat(reasons).containsExactly(Reason.of("CFG_RANGE_OPEN_BEFORE_LAST", "bucket", DPD_90_119));
    }

    @Test
    void every_bucket_needs_its_first_day() {
        var ranges = new ArrayList<>(defaultsWith(DPD_60_89, null, 89));
        ranges.remove(DPD_120_179.ordinal());
        assertThat(BucketScheme.check(ranges))
                .containsExactly(
                        Reason.of("CFG_RANGE_REQUIRED", "bucket", DPD_60_89),
                        Reason.of("CFG_RANGE_REQUIRED", "bucket", DPD_120_179));
    }

    @Test
    void every_reason_comes_at_once() {
        var reasons = BucketScheme.check(ranges(
                range(CURRENT, 0, 2),
                range(DPD_1_29, 3, 29),
                range(DPD_30_59, 25, 59),
                range(DPD_60_89, 70, 89),
                range(DPD_90_119, 90, 80),
                range(DPD_120_179, 120, null),
                range(DPD_180_PLUS, 180, 200)));
        assertThat(codes(reasons))
                .containsExactlyInAnyOrder(
                        "CFG_RANGE_CURRENT_NOT_ZERO",
                        "CFG_RANGE_FIRST_NOT_ONE",
                        "CFG_RANGE_OVERLAP",
                        "CFG_RANGE_GAP",
                        "CFG_RANGE_ENDS_BEFORE_START",
                        "CFG_RANGE_OPEN_BEFORE_LAST",
                        "CFG_RANGE_LAST_NOT_OPEN");
    }

    @Test
    void invalid_ranges_make_no_scheme() {
        assertThatThrownBy(() -> BucketScheme.of(defaultsWith(DPD_30_59, 25, 59)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CFG_RANGE_OVERLAP");
        var first = new EnumMap<>(BucketScheme.defaults().firstDays());
        first.put(DPD_90_119, 60);
        assertThatThrownBy(() -> BucketScheme.ofFirstDays(first)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_delinquent_bucket_without_an_objective_in_a_product_is_named_with_its_product() {
        var complete = new EnumMap<AgingBucket, String>(AgingBucket.class);
        for (var bucket : AgingBucket.values()) {
            if (bucket.isDelinquent()) {
                complete.put(bucket, "REMIND");
            }
        }
        var missing = new EnumMap<>(complete);
        missing.remove(DPD_120_179);
        var reasons = BucketScheme.objectiveGaps(Map.of("CREDIT_CARD", complete, "MORTGAGE", missing));
        assertThat(reasons)
                .containsExactly(
                        Reason.of("CFG_RANGE_WITHOUT_OBJECTIVE", "product", "MORTGAGE", "bucket", DPD_120_179));
    }

    @Test
    void current_needs_no_objective() {
        var plan = new EnumMap<AgingBucket, String>(AgingBucket.class);
        for (var bucket : AgingBucket.values()) {
            if (bucket.isDelinquent()) {
                plan.put(bucket, "PRESSURE");
            }
        }
        assertThat(BucketScheme.objectiveGaps(Map.of("OVERDRAFT", plan))).isEmpty();
    }
}
