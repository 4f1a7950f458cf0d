package com.acuerdo.quality.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.quality.control.QualityTrend.Review;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityTrendTest {

    private static Review review(String day, String total, String opening, boolean critical) {
        return new Review(
                LocalDate.parse(day), new BigDecimal(total), Map.of("Apertura", new BigDecimal(opening)), critical);
    }

    @Test
    void reviews_are_grouped_by_week_from_monday_with_means_and_critical_fails() {
        var weeks = QualityTrend.weekly(List.of(
                review("2026-11-02", "80.00", "100.00", false), // Monday
                review("2026-11-08", "0.00", "50.00", true), // Sunday, same week
                review("2026-11-09", "90.00", "100.00", false))); // next Monday

        assertThat(weeks).hasSize(2);
        var first = weeks.get(0);
        assertThat(first.monday()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(first.reviews()).isEqualTo(2);
        assertThat(first.criticalFails()).isEqualTo(1);
        assertThat(first.meanTotal()).isEqualByComparingTo("40.00");
        assertThat(first.meanSections().get("Apertura")).isEqualByComparingTo("75.00");
        assertThat(weeks.get(1).meanTotal()).isEqualByComparingTo("90.00");
    }

    @Test
    void means_round_half_up_to_two_decimals() {
        var weeks = QualityTrend.weekly(List.of(
                review("2026-11-03", "80.00", "0", false),
                review("2026-11-04", "80.00", "0", false),
                review("2026-11-05", "80.01", "0", false)));

        assertThat(weeks.get(0).meanTotal()).isEqualByComparingTo("80.00"); // 80.0033…
    }

    @Test
    void coaching_helped_when_the_mean_after_the_day_it_was_set_is_higher() {
        var reviews = List.of(
                review("2026-11-02", "60.00", "0", false),
                review("2026-11-04", "70.00", "0", false),
                review("2026-11-10", "85.00", "0", false), // the day it was set counts as after
                review("2026-11-12", "95.00", "0", false));

        var effect = QualityTrend.effectOf(LocalDate.parse("2026-11-10"), reviews);

        assertThat(effect.before()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("65.00"));
        assertThat(effect.after()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90.00"));
        assertThat(effect.improved()).contains(true);
    }

    @Test
    void without_reviews_on_both_sides_the_effect_is_unknown() {
        var effect = QualityTrend.effectOf(
                LocalDate.parse("2026-11-10"), List.of(review("2026-11-11", "70.00", "0", false)));

        assertThat(effect.before()).isEmpty();
        assertThat(effect.improved()).isEmpty();
        assertThat(QualityTrend.weekly(List.of())).isEmpty();
    }
}
