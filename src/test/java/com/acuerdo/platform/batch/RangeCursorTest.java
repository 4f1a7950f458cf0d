package com.acuerdo.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeCursorTest {

    @Test
    void oneReaderWalksConsecutiveRangesAndEndsWithAPartialOne() {
        assertThat(walk(new RangeCursor(10, 0, 1).from(1), 25))
                .containsExactly(new IdRange(1, 10), new IdRange(11, 20), new IdRange(21, 25));
    }

    @Test
    void twoPartitionsTakeEveryOtherRange() {
        assertThat(walk(new RangeCursor(10, 0, 2).from(101), 150))
                .containsExactly(new IdRange(101, 110), new IdRange(121, 130), new IdRange(141, 150));
        assertThat(walk(new RangeCursor(10, 1, 2).from(101), 150))
                .containsExactly(new IdRange(111, 120), new IdRange(131, 140));
    }

    @ParameterizedTest(name = "ids {0}..{1}, ranges of {2}, {3} partitions")
    @CsvSource({"1, 1, 1, 2", "1, 2, 1, 2", "7, 7000, 50, 2", "1, 100, 10, 3", "5, 95, 30, 4", "1, 3, 10, 5"})
    void partitionsTogetherAreTheUnpartitionedWalk(long min, long max, long size, int partitions) {
        var together = new ArrayList<IdRange>();
        for (int k = 0; k < partitions; k++) {
            together.addAll(walk(new RangeCursor(size, k, partitions).from(min), max));
        }
        together.sort((a, b) -> Long.compare(a.from(), b.from()));
        assertThat(together).isEqualTo(walk(new RangeCursor(size, 0, 1).from(min), max));
    }

    @Test
    void aPartitionWithoutRangesReadsNothing() {
        assertThat(walk(new RangeCursor(10, 1, 2).from(1), 10)).isEmpty();
    }

    @Test
    void anEmptyTableReadsNothing() {
        assertThat(walk(new RangeCursor(10, 0, 2).from(1), 0)).isEmpty();
        assertThat(walk(new RangeCursor(10, 1, 2).from(1), 0)).isEmpty();
    }

    @ParameterizedTest(name = "partition {0} of 2 restarted after {1} ranges")
    @CsvSource({"0, 0", "0, 1", "0, 2", "0, 3", "1, 0", "1, 1", "1, 2"})
    void aRestartContinuesAfterTheCheckpointOfItsLastCommittedRange(int partition, int committed) {
        var whole = walk(new RangeCursor(10, partition, 2).from(1), 55);
        var first = new RangeCursor(10, partition, 2).from(1);
        for (int i = 0; i < committed; i++) {
            first.next(55);
        }
        var rest = walk(new RangeCursor(10, partition, 2).after(first.checkpoint()), 55);
        assertThat(rest).isEqualTo(whole.subList(committed, whole.size()));
    }

    @Test
    void aFinishedPartitionRestartedReadsNothing() {
        var cursor = new RangeCursor(10, 0, 2).from(1);
        walk(cursor, 55);
        assertThat(new RangeCursor(10, 0, 2).after(cursor.checkpoint()).next(55))
                .isNull();
    }

    @Test
    void theCheckpointOfOneReaderIsTheLastIdHandedOut() {
        var cursor = new RangeCursor(10, 0, 1).from(1);
        assertThat(cursor.checkpoint()).isZero();
        cursor.next(25);
        assertThat(cursor.checkpoint()).isEqualTo(10);
        cursor.next(25);
        cursor.next(25);
        assertThat(cursor.checkpoint()).isEqualTo(25);
    }

    @Test
    void aSplitThatCannotBeIsRefused() {
        assertThatThrownBy(() -> new RangeCursor(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RangeCursor(10, 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RangeCursor(10, -1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RangeCursor(10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<IdRange> walk(RangeCursor cursor, long max) {
        var ranges = new ArrayList<IdRange>();
        for (var range = cursor.next(max); range != null; range = cursor.next(max)) {
            ranges.add(range);
        }
        return ranges;
    }
}
