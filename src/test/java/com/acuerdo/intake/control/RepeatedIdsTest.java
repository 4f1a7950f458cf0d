package com.acuerdo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedIdsTest {

    @Test
    void an_id_seen_once_is_not_repeated_and_one_seen_twice_or_more_is_kept_once() {
        var ids = new RepeatedIds();
        ids.add("P1");
        ids.add("P2");
        ids.add("P1");
        ids.add("P3");
        ids.add("P1");
        ids.add("P3");

        assertThat(ids.repeated()).containsExactly("P1", "P3");
    }

    @Test
    void a_million_distinct_ids_grow_the_table_and_none_is_repeated_until_one_comes_again() {
        var ids = new RepeatedIds();
        for (int n = 0; n < 1_000_000; n++) {
            ids.add("BP-run-" + n);
        }
        assertThat(ids.repeated()).isEmpty();

        ids.add("BP-run-0");
        ids.add("BP-run-999999");

        assertThat(ids.repeated()).containsExactly("BP-run-0", "BP-run-999999");
    }

    @Test
    void similar_ids_have_different_hashes_and_none_is_the_empty_slot() {
        assertThat(RepeatedIds.hash("P1")).isNotEqualTo(RepeatedIds.hash("P2")).isNotZero();
        assertThat(RepeatedIds.hash("")).isNotZero();
    }
}
