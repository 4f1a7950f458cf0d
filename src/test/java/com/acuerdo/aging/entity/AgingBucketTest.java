package com.acuerdo.aging.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.strategy.entity.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingBucketTest {

    @ParameterizedTest
    @CsvSource({
        "0, CURRENT",
        "1, DPD_1_29",
        "29, DPD_1_29",
        "30, DPD_30_59",
        "59, DPD_30_59",
        "60, DPD_60_89",
        "89, DPD_60_89",
        "90, DPD_90_119",
        "119, DPD_90_119",
        "120, DPD_120_179",
        "179, DPD_120_179",
        "180, DPD_180_PLUS",
        "2000, DPD_180_PLUS"
    })
    void days_past_due_fall_in_their_bucket_at_the_edges(int days, AgingBucket expected) {
        assertThat(AgingBucket.of(days)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "DPD_1_29, REMIND",
        "DPD_30_59, IDENTIFY_BARRIERS",
        "DPD_60_89, SECURE_COMMITMENT",
        "DPD_90_119, PRESSURE",
        "DPD_120_179, CHANGE_CONDITIONS",
        "DPD_180_PLUS, CHANGE_CONDITIONS"
    })
    void each_delinquent_bucket_knows_its_default_objective(AgingBucket bucket, Objective objective) {
        assertThat(bucket.defaultObjective()).contains(objective);
    }

    @org.junit.jupiter.api.Test
    void current_has_no_objective_and_is_not_delinquent() {
        assertThat(AgingBucket.CURRENT.defaultObjective()).isEmpty();
        assertThat(AgingBucket.CURRENT.isDelinquent()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void the_worse_of_two_buckets_is_the_older_debt() {
        assertThat(AgingBucket.DPD_30_59.worse(AgingBucket.DPD_90_119)).isEqualTo(AgingBucket.DPD_90_119);
        assertThat(AgingBucket.DPD_180_PLUS.worse(AgingBucket.CURRENT)).isEqualTo(AgingBucket.DPD_180_PLUS);
    }

    @org.junit.jupiter.api.Test
    void negative_days_are_refused() {
        assertThatThrownBy(() -> AgingBucket.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
