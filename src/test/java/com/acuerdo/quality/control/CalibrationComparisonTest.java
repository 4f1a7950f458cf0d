package com.acuerdo.quality.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.quality.control.CalibrationComparison.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationComparisonTest {

    private static final List<String> CODES = List.of("GREETING", "NO_THREAT", "FIT");

    private static Scorer scorer(String name, String greeting, String threat, String fit, String score) {
        return new Scorer(name, Map.of("GREETING", greeting, "NO_THREAT", threat, "FIT", fit), new BigDecimal(score));
    }

    @Test
    void agreement_per_criterion_spread_and_distance_from_the_expert() {
        var expert = scorer("Experta", "YES", "NO", "3", "0.00");
        var reviewers = List.of(
                scorer("Ana", "YES", "NO", "3", "0.00"),
                scorer("Beto", "YES", "YES", "2", "85.50"),
                scorer("Caro", "NO", "NO", "3", "0.00"));

        var result = CalibrationComparison.compare(CODES, expert, reviewers);

        assertThat(result.criteria())
                .extracting(CalibrationComparison.CriterionAgreement::agreementPercent)
                .containsExactly(67, 67, 67);
        assertThat(result.criteria().get(1).answers()).containsExactly("NO", "YES", "NO");
        assertThat(result.spread()).isEqualByComparingTo("85.50");
        assertThat(result.distanceFromExpert())
                .containsEntry("Ana", new BigDecimal("0.00"))
                .containsEntry("Beto", new BigDecimal("85.50"));
        assertThat(result.meanAbsoluteDistance()).isEqualByComparingTo("28.50");
    }

    @Test
    void everyone_as_the_expert_is_full_agreement_and_no_spread() {
        var expert = scorer("Experta", "YES", "YES", "4", "100.00");
        var result = CalibrationComparison.compare(CODES, expert, List.of(scorer("Ana", "YES", "YES", "4", "100.00")));

        assertThat(result.criteria()).allMatch(c -> c.agreementPercent() == 100);
        assertThat(result.spread()).isEqualByComparingTo("0");
        assertThat(result.meanAbsoluteDistance()).isEqualByComparingTo("0");
    }

    @Test
    void a_reviewer_below_the_expert_has_a_negative_distance_and_the_spread_counts_the_expert() {
        var expert = scorer("Experta", "YES", "YES", "4", "90.00");
        var result = CalibrationComparison.compare(
                CODES,
                expert,
                List.of(scorer("Ana", "NO", "YES", "4", "84.00"), scorer("Beto", "YES", "YES", "4", "88.00")));

        assertThat(result.distanceFromExpert().get("Ana")).isEqualByComparingTo("-6.00");
        assertThat(result.spread()).isEqualByComparingTo("6.00");
        assertThat(result.criteria().get(0).agreementPercent()).isEqualTo(50);
        assertThat(result.meanAbsoluteDistance()).isEqualByComparingTo("4.00");
    }

    @Test
    void a_session_needs_a_reviewer_besides_the_expert() {
        assertThatThrownBy(() -> CalibrationComparison.compare(CODES, scorer("E", "YES", "YES", "4", "1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
