package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NextCaseTest {

    /** Cases 1..n in priority order, served a page at a time; records which pages were read. */
    private static final class Pages {
        final long total;
        final List<Integer> read = new ArrayList<>();

        Pages(long total) {
            this.total = total;
        }

        List<Long> page(int n) {
            read.add(n);
            return LongStream.rangeClosed(n * 3L + 1, Math.min(total, n * 3L + 3))
                    .boxed()
                    .toList();
        }
    }

    @Test
    void takes_the_first_allowed_case_in_priority_order() {
        var pages = new Pages(9);
        var next = NextCase.first(pages::page, id -> Set.of(2L, 5L).contains(id), 3, 5);

        assertThat(next).contains(2L);
        assertThat(pages.read).containsExactly(0);
    }

    @Test
    void skips_cases_the_guard_refuses_and_reads_further_pages() {
        var pages = new Pages(9);
        var next = NextCase.first(pages::page, id -> id == 8L, 3, 5);

        assertThat(next).contains(8L);
        assertThat(pages.read).containsExactly(0, 1, 2);
    }

    @Test
    void stops_after_the_last_page_of_the_list() {
        var pages = new Pages(7);
        var next = NextCase.first(pages::page, id -> false, 3, 5);

        assertThat(next).isEmpty();
        assertThat(pages.read).containsExactly(0, 1, 2);
    }

    @Test
    void stops_after_the_page_limit_even_when_more_cases_exist() {
        var pages = new Pages(1000);
        var next = NextCase.first(pages::page, id -> id == 500L, 3, 4);

        assertThat(next).isEmpty();
        assertThat(pages.read).containsExactly(0, 1, 2, 3);
    }

    @Test
    void an_empty_list_has_no_next_case() {
        assertThat(NextCase.first(n -> List.of(), id -> true, 20, 5)).isEmpty();
    }
}
