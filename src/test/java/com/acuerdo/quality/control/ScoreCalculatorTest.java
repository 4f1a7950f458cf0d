package com.acuerdo.quality.control;

import static com.acuerdo.quality.control.ScoreCalculator.Item.no;
import static com.acuerdo.quality.control.ScoreCalculator.Item.notApplicable;
import static com.acuerdo.quality.control.ScoreCalculator.Item.scale;
import static com.acuerdo.quality.control.ScoreCalculator.Item.yes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.quality.control.ScoreCalculator.Item;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreCalculatorTest {

    @Test
    void every_item_met_scores_one_hundred() {
        var result = ScoreCalculator.score(List.of(yes(30, false), yes(70, false)));

        assertThat(result.score()).isEqualByComparingTo("100");
        assertThat(result.score().scale()).isEqualTo(2);
        assertThat(result.criticalFailed()).isFalse();
    }

    @Test
    void the_score_is_the_weighted_share_met() {
        assertThat(ScoreCalculator.score(List.of(yes(30, false), no(70, false))).score())
                .isEqualByComparingTo("30.00");
    }

    @Test
    void a_not_applicable_item_re_weights_the_rest() {
        var result = ScoreCalculator.score(List.of(yes(20, false), no(20, false), notApplicable(60, false)));

        assertThat(result.score()).isEqualByComparingTo("50.00");
    }

    @Test
    void all_not_applicable_cannot_be_scored() {
        var result = ScoreCalculator.score(List.of(notApplicable(50, false), notApplicable(50, true)));

        assertThat(result.isScorable()).isFalse();
        assertThat(result.criticalFailed()).isFalse();
    }

    @Test
    void a_failed_critical_item_fails_the_whole_review() {
        var result = ScoreCalculator.score(List.of(yes(90, false), no(10, true)));

        assertThat(result.score()).isEqualByComparingTo("0.00");
        assertThat(result.criticalFailed()).isTrue();
    }

    @Test
    void a_failed_critical_item_fails_even_when_everything_else_is_not_applicable() {
        var result = ScoreCalculator.score(List.of(notApplicable(90, false), no(10, true)));

        assertThat(result.isScorable()).isTrue();
        assertThat(result.criticalFailed()).isTrue();
    }

    @Test
    void critical_items_met_or_not_applicable_count_like_any_other() {
        var result = ScoreCalculator.score(List.of(no(50, false), yes(25, true), notApplicable(25, true)));

        assertThat(result.score()).isEqualByComparingTo("33.33");
        assertThat(result.criticalFailed()).isFalse();
    }

    @ParameterizedTest(name = "scale {0} of 4 -> {1}")
    @CsvSource({"0, 50.00", "1, 62.50", "2, 75.00", "3, 87.50", "4, 100.00"})
    void scale_answers_earn_in_proportion(int value, BigDecimal expected) {
        assertThat(ScoreCalculator.score(List.of(yes(10, false), scale(10, value, 4)))
                        .score())
                .isEqualByComparingTo(expected);
    }

    @Test
    void weights_need_not_add_up_to_one_hundred() {
        assertThat(ScoreCalculator.score(List.of(yes(3, false), no(1, false))).score())
                .isEqualByComparingTo("75.00");
        assertThat(ScoreCalculator.score(List.of(yes(150, false), no(50, false)))
                        .score())
                .isEqualByComparingTo("75.00");
    }

    @ParameterizedTest(name = "{0} of 3 equal items -> {1}")
    @CsvSource({"1, 33.33", "2, 66.67"})
    void thirds_round_half_up_to_two_decimals(int met, BigDecimal expected) {
        var items =
                List.of(met >= 1 ? yes(1, false) : no(1, false), met >= 2 ? yes(1, false) : no(1, false), no(1, false));

        assertThat(ScoreCalculator.score(items).score()).isEqualByComparingTo(expected);
    }

    @Test
    void an_exact_half_cent_rounds_up() {
        var item = new Item(BigDecimal.ONE, false, false, new BigDecimal("0.12345"));

        assertThat(ScoreCalculator.score(List.of(item)).score()).isEqualByComparingTo("12.35");
    }

    @Test
    void a_scale_value_outside_its_range_is_refused() {
        assertThatThrownBy(() -> scale(10, 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scale(10, -1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zero_weights_only_cannot_be_scored() {
        assertThat(ScoreCalculator.score(List.of(yes(0, false))).isScorable()).isFalse();
    }
}
