package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.aging.entity.AgingBucket;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskEstimateTest {

    @ParameterizedTest(name = "{0} with {1} broken -> {2}")
    @CsvSource({
        "CURRENT, 0, 0.05",
        "DPD_1_29, 0, 0.17",
        "DPD_30_59, 1, 0.39",
        "DPD_180_PLUS, 0, 0.77",
        "DPD_180_PLUS, 3, 0.99",
        "DPD_1_29, 20, 0.99"
    })
    void older_debt_and_broken_promises_raise_the_risk(AgingBucket bucket, int broken, BigDecimal expected) {
        assertThat(RiskEstimate.of(bucket, broken)).isEqualByComparingTo(expected);
    }

    @org.junit.jupiter.api.Test
    void broken_promises_cannot_be_negative() {
        assertThatThrownBy(() -> RiskEstimate.of(AgingBucket.DPD_1_29, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
