package com.acuerdo.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values)
                .map(v -> v == null ? null : new BigDecimal(v))
                .toList();
    }

    @Test
    void the_highest_ranks_first_when_higher_is_better() {
        assertThat(Ranking.ranks(values("10", "30", "20"), true)).containsExactly(3, 1, 2);
    }

    @Test
    void the_lowest_ranks_first_when_lower_is_better() {
        assertThat(Ranking.ranks(values("10", "30", "20"), false)).containsExactly(1, 3, 2);
    }

    @Test
    void ties_share_a_rank_and_the_next_rank_skips() {
        assertThat(Ranking.ranks(values("50", "80", "80", "20"), true)).containsExactly(3, 1, 1, 4);
    }

    @Test
    void equal_values_of_different_scale_are_ties() {
        assertThat(Ranking.ranks(values("50.0", "50.00"), true)).containsExactly(1, 1);
    }

    @Test
    void an_unknown_value_has_no_rank_and_pushes_nobody_down() {
        assertThat(Ranking.ranks(values(null, "5", null, "7"), true)).containsExactly(null, 2, null, 1);
    }

    @Test
    void nobody_to_rank_gives_no_ranks() {
        assertThat(Ranking.ranks(List.of(), true)).isEmpty();
    }

    @Test
    void the_mean_rank_ignores_unknown_ranks_and_is_unknown_without_any() {
        assertThat(Ranking.meanRank(Arrays.asList(1, null, 2))).isEqualByComparingTo("1.5");
        assertThat(Ranking.meanRank(Arrays.asList(null, null))).isNull();
    }
}
