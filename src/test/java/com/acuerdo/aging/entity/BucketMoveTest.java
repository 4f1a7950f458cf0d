package com.acuerdo.aging.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BucketMoveTest {

    private static final LocalDate ON = LocalDate.parse("2026-03-10");

    @Test
    void a_move_to_a_worse_bucket_is_a_roll() {
        assertThat(new BucketMove(1L, 2L, AgingBucket.DPD_1_29, AgingBucket.DPD_30_59, ON, 30).isRoll())
                .isTrue();
        assertThat(new BucketMove(1L, 2L, AgingBucket.DPD_30_59, AgingBucket.CURRENT, ON, 0).isRoll())
                .isFalse();
    }

    @Test
    void the_days_must_match_the_new_bucket() {
        assertThatThrownBy(() -> new BucketMove(1L, 2L, AgingBucket.DPD_1_29, AgingBucket.DPD_30_59, ON, 29))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staying_in_a_bucket_is_not_a_move() {
        assertThatThrownBy(() -> new BucketMove(1L, 2L, AgingBucket.DPD_1_29, AgingBucket.DPD_1_29, ON, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_days_are_checked_against_the_ranges_in_force() {
        var first = new java.util.EnumMap<>(BucketScheme.defaults().firstDays());
        first.put(AgingBucket.DPD_30_59, 15);
        var scheme = BucketScheme.ofFirstDays(first);

        assertThat(new BucketMove(1L, 2L, AgingBucket.DPD_1_29, AgingBucket.DPD_30_59, ON, 20, scheme).daysPastDue())
                .isEqualTo(20);
        assertThatThrownBy(() -> new BucketMove(1L, 2L, AgingBucket.CURRENT, AgingBucket.DPD_1_29, ON, 20, scheme))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
