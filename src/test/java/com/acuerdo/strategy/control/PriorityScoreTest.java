package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.strategy.entity.PriorityWeights;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityScoreTest {

    private static final PriorityWeights WEIGHTS = PriorityWeights.effectiveFrom(LocalDate.of(2026, 1, 1))
            .balance(25, new BigDecimal("10000"))
            .daysPastDue(20, 180)
            .risk(15)
            .promiseDueToday(15)
            .brokenPromises(10, 3)
            .callbackDue(10)
            .sinceLastContact(5, 14)
            .build();

    private static CaseFacts quiet() {
        return new CaseFacts(BigDecimal.ZERO, 0, BigDecimal.ZERO, false, 0, false, 0);
    }

    @Test
    void a_case_with_nothing_pressing_scores_zero() {
        var score = PriorityScore.of(WEIGHTS, quiet());

        assertThat(score.total()).isEqualByComparingTo("0");
        assertThat(score.explanation()).isEmpty();
    }

    @Test
    void every_factor_at_its_cap_gives_the_maximum() {
        var facts = new CaseFacts(new BigDecimal("10000"), 180, BigDecimal.ONE, true, 3, true, 14);

        assertThat(PriorityScore.of(WEIGHTS, facts).total())
                .isEqualByComparingTo(BigDecimal.valueOf(WEIGHTS.maximum()));
    }

    @ParameterizedTest(name = "balance {0} -> {1} points")
    @CsvSource({"0, 0.00", "2500, 6.25", "9999.99, 25.00", "10000, 25.00", "250000, 25.00"})
    void balance_is_linear_up_to_its_cap(BigDecimal balance, BigDecimal points) {
        var facts = new CaseFacts(balance, 0, BigDecimal.ZERO, false, 0, false, 0);

        assertThat(PriorityScore.of(WEIGHTS, facts).pointsOf(PriorityFactor.BALANCE))
                .isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} days past due -> {1} points")
    @CsvSource({"1, 0.11", "90, 10.00", "179, 19.89", "180, 20.00", "400, 20.00"})
    void days_past_due_are_linear_up_to_their_cap(int dpd, BigDecimal points) {
        var facts = new CaseFacts(BigDecimal.ZERO, dpd, BigDecimal.ZERO, false, 0, false, 0);

        assertThat(PriorityScore.of(WEIGHTS, facts).pointsOf(PriorityFactor.DAYS_PAST_DUE))
                .isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0} broken promises -> {1} points")
    @CsvSource({"0, 0.00", "1, 3.33", "2, 6.67", "3, 10.00", "7, 10.00"})
    void broken_promises_count_up_to_their_cap(int broken, BigDecimal points) {
        var facts = new CaseFacts(BigDecimal.ZERO, 0, BigDecimal.ZERO, false, broken, false, 0);

        assertThat(PriorityScore.of(WEIGHTS, facts).pointsOf(PriorityFactor.BROKEN_PROMISES))
                .isEqualByComparingTo(points);
    }

    @Test
    void a_client_never_contacted_counts_as_the_longest_silence() {
        var facts = new CaseFacts(BigDecimal.ZERO, 0, BigDecimal.ZERO, false, 0, false, null);

        assertThat(PriorityScore.of(WEIGHTS, facts).pointsOf(PriorityFactor.SINCE_LAST_CONTACT))
                .isEqualByComparingTo("5");
    }

    @Test
    void risk_scales_its_weight() {
        var facts = new CaseFacts(BigDecimal.ZERO, 0, new BigDecimal("0.4"), false, 0, false, 0);

        assertThat(PriorityScore.of(WEIGHTS, facts).pointsOf(PriorityFactor.RISK))
                .isEqualByComparingTo("6");
    }

    @Test
    void the_explanation_lists_contributing_parts_biggest_first_and_they_add_up_to_the_total() {
        var facts = new CaseFacts(new BigDecimal("5000"), 30, BigDecimal.ZERO, true, 0, true, 7);

        var score = PriorityScore.of(WEIGHTS, facts);

        assertThat(score.explanation())
                .extracting(PriorityScore.Part::factor)
                .containsExactly(
                        PriorityFactor.PROMISE_DUE_TODAY,
                        PriorityFactor.BALANCE,
                        PriorityFactor.CALLBACK_DUE,
                        PriorityFactor.DAYS_PAST_DUE,
                        PriorityFactor.SINCE_LAST_CONTACT);
        var sum = score.parts().stream().map(PriorityScore.Part::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(score.total()).isEqualByComparingTo(sum).isEqualByComparingTo("43.33");
    }

    @Test
    void risk_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> new CaseFacts(BigDecimal.ZERO, 0, new BigDecimal("1.01"), false, 0, false, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negative_weights_are_refused() {
        assertThatThrownBy(() -> PriorityWeights.effectiveFrom(LocalDate.of(2026, 1, 1))
                        .risk(-1)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
