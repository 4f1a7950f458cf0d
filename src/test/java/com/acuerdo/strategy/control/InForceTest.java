package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InForceTest {

    record Row(String key, LocalDate from, String value, boolean withdrawn) {
        Row(String key, String from, String value) {
            this(key, LocalDate.parse(from), value, false);
        }
    }

    private static final List<Row> VERSIONS = List.of(
            new Row("k", "2026-01-01", "first"),
            new Row("k", "2026-06-01", "second"),
            new Row("k", "2027-01-01", "third"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-01-01, first",
        "2026-05-31, first",
        "2026-06-01, second",
        "2026-12-31, second",
        "2027-01-01, third",
        "2030-01-01, third"
    })
    void the_latest_row_effective_on_or_before_the_date_is_in_force(LocalDate date, String expected) {
        assertThat(InForce.on(date, VERSIONS, Row::from)).map(Row::value).contains(expected);
    }

    @Test
    void nothing_is_in_force_before_the_first_row() {
        assertThat(InForce.on(LocalDate.of(2025, 12, 31), VERSIONS, Row::from)).isEmpty();
    }

    @Test
    void the_order_of_the_rows_does_not_matter() {
        var shuffled = List.of(VERSIONS.get(2), VERSIONS.get(0), VERSIONS.get(1));

        assertThat(InForce.on(LocalDate.of(2026, 7, 1), shuffled, Row::from))
                .map(Row::value)
                .contains("second");
    }

    @Test
    void per_key_keeps_one_version_per_key_and_drops_withdrawn_keys() {
        var rows = List.of(
                new Row("greet", "2026-01-01", "hello"),
                new Row("greet", "2026-03-01", "good morning"),
                new Row("close", "2026-01-01", "bye"),
                new Row("close", LocalDate.parse("2026-03-01"), "bye", true),
                new Row("later", "2027-01-01", "not yet"));

        var before = InForce.perKey(LocalDate.of(2026, 2, 1), rows, Row::key, Row::from, Row::withdrawn);
        var after = InForce.perKey(LocalDate.of(2026, 3, 1), rows, Row::key, Row::from, Row::withdrawn);

        assertThat(before).extracting(Row::value).containsExactly("hello", "bye");
        assertThat(after).extracting(Row::value).containsExactly("good morning");
    }
}
