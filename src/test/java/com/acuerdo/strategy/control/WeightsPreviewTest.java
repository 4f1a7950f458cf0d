package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.platform.rules.Reason;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsPreviewTest {

    static final WeightsDraft DEFAULT = new WeightsDraft(20, new BigDecimal("10000"), 40, 180, 10, 10, 10, 3, 5, 5, 14);

    @Test
    void doubling_the_balance_weight_lifts_the_large_balance_case_to_the_top() {
        var sample = List.of(
                sample(1, "Días", Map.of(PriorityFactor.DAYS_PAST_DUE, "40.00", PriorityFactor.BALANCE, "2.00")),
                sample(2, "Saldo", Map.of(PriorityFactor.DAYS_PAST_DUE, "20.00", PriorityFactor.BALANCE, "20.00")),
                sample(3, "Poco", Map.of(PriorityFactor.DAYS_PAST_DUE, "10.00")));
        var then = weights(PriorityFactor.BALANCE, 40, PriorityFactor.DAYS_PAST_DUE, 40);
        var now = weights(PriorityFactor.BALANCE, 20, PriorityFactor.DAYS_PAST_DUE, 40);

        var lines = WeightsPreview.of(sample, now, then, 10);

        assertThat(lines)
                .extracting(WeightsPreview.Line::caseId, WeightsPreview.Line::rankNow, WeightsPreview.Line::rankThen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, 2, 1),
                        org.assertj.core.groups.Tuple.tuple(1L, 1, 2),
                        org.assertj.core.groups.Tuple.tuple(3L, 3, 3));
        assertThat(lines.get(0).scoreNow()).isEqualByComparingTo("40.00");
        assertThat(lines.get(0).scoreThen()).isEqualByComparingTo("60.00");
        assertThat(lines.get(0).movement()).isEqualTo(1);
        assertThat(lines.get(1).scoreThen()).isEqualByComparingTo("44.00");
        assertThat(lines.get(1).movement()).isEqualTo(-1);
    }

    @Test
    void the_same_weights_change_nothing_and_ties_keep_the_older_case_first() {
        var sample = List.of(
                sample(7, "B", Map.of(PriorityFactor.RISK, "5.00")),
                sample(5, "A", Map.of(PriorityFactor.RISK, "5.00")));
        var lines = WeightsPreview.of(sample, DEFAULT.weights(), DEFAULT.weights(), 10);
        assertThat(lines).extracting(WeightsPreview.Line::caseId).containsExactly(5L, 7L);
        assertThat(lines).allSatisfy(line -> assertThat(line.movement()).isZero());
    }

    @Test
    void a_factor_without_weight_today_cannot_be_recovered_and_stays_at_zero() {
        var sample = List.of(sample(1, "A", Map.of(PriorityFactor.CALLBACK_DUE, "3.00")));
        var now = weights(PriorityFactor.CALLBACK_DUE, 0);
        var then = weights(PriorityFactor.CALLBACK_DUE, 50);
        assertThat(WeightsPreview.of(sample, now, then, 10).get(0).scoreThen()).isEqualByComparingTo("0.00");
    }

    @Test
    void only_the_top_is_shown() {
        var sample = List.of(
                sample(1, "A", Map.of(PriorityFactor.RISK, "1.00")),
                sample(2, "B", Map.of(PriorityFactor.RISK, "2.00")),
                sample(3, "C", Map.of(PriorityFactor.RISK, "3.00")));
        assertThat(WeightsPreview.of(sample, DEFAULT.weights(), DEFAULT.weights(), 2))
                .extracting(WeightsPreview.Line::caseId)
                .containsExactly(3L, 2L);
    }

    @Test
    void weights_are_not_negative_one_counts_and_caps_are_positive() {
        assertThat(ConfigurationRules.weights(DEFAULT)).isEmpty();
        var broken = new WeightsDraft(-1, BigDecimal.ZERO, 0, 0, 0, 0, 0, 1, 0, 0, 1);
        assertThat(ConfigurationRules.weights(broken))
                .containsExactly(
                        Reason.of("CFG_WEIGHT_NEGATIVE", "factor", "BALANCE", "weight", -1),
                        Reason.of("CFG_WEIGHTS_ALL_ZERO"),
                        Reason.of("CFG_CAP_NOT_POSITIVE", "cap", "balanceCap"),
                        Reason.of("CFG_CAP_NOT_POSITIVE", "cap", "daysPastDueCap"));
        var oneWeight = new WeightsDraft(0, BigDecimal.ONE, 0, 1, 1, 0, 0, 1, 0, 0, 1);
        assertThat(ConfigurationRules.weights(oneWeight)).isEmpty();
    }

    @Test
    void a_draft_round_trips_through_the_entity() {
        assertThat(WeightsDraft.of(DEFAULT.toWeights(java.time.LocalDate.of(2026, 3, 11))))
                .isEqualTo(DEFAULT);
    }

    private static WeightsPreview.SampleCase sample(long id, String client, Map<PriorityFactor, String> points) {
        var parts = new EnumMap<PriorityFactor, BigDecimal>(PriorityFactor.class);
        points.forEach((factor, value) -> parts.put(factor, new BigDecimal(value)));
        return new WeightsPreview.SampleCase(id, client, parts);
    }

    private static Map<PriorityFactor, Integer> weights(Object... factorsAndWeights) {
        var weights = new EnumMap<PriorityFactor, Integer>(PriorityFactor.class);
        for (int i = 0; i < factorsAndWeights.length; i += 2) {
            weights.put((PriorityFactor) factorsAndWeights[i], (Integer) factorsAndWeights[i + 1]);
        }
        return weights;
    }
}
