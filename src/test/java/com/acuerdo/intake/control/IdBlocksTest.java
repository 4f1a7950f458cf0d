package com.acuerdo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdBlocksTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "49, 1", "50, 1", "51, 2", "100, 2", "5001, 101"})
    void blocks_cover_the_count_on_its_edges(int count, int blocks) {
        assertThat(IdBlocks.blocksFor(count, 50)).isEqualTo(blocks);
    }

    @Test
    void ids_run_through_each_block_then_jump_to_the_next() {
        // Another server may have taken the blocks between: they need not be adjacent.
        assertThat(IdBlocks.spread(new long[] {101, 501}, 3, 5)).containsExactly(101, 102, 103, 501, 502);
    }

    @Test
    void a_full_last_block_is_used_to_its_end() {
        assertThat(IdBlocks.spread(new long[] {1, 51}, 50, 100)).endsWith(99L, 100L);
    }

    @Test
    void too_few_blocks_are_refused() {
        assertThatThrownBy(() -> IdBlocks.spread(new long[] {1}, 50, 51)).isInstanceOf(IllegalArgumentException.class);
    }
}
