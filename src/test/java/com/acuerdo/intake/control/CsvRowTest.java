package com.acuerdo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRowTest {

    /** The joined fast path writes exactly what the CSV printer writes, whatever the values. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "P-1|A-9|2026-03-01|10.50|BRANCH",
                "p_1|a.b@c|+52:1/2|0|x",
                "P,1|A1|2026-03-01|10.00|BRANCH",
                "P\"1|A1|2026-03-01|10|B",
                "#P1|A1|2026-03-01|10|B",
                " P1|A1 |2026-03-01|10|B",
                "|A1|2026-03-01|10|",
                "P1|Año|2026-03-01|10|Sucursal Norte",
                "!P1|A1|2026-03-01|10|B\\C"
            })
    void raw_is_what_the_csv_printer_writes(String joined) {
        var values = List.of(joined.split("\\|", -1));

        assertThat(new CsvRow(2, values).raw()).isEqualTo(CSVFormat.RFC4180.format(values.toArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "a,b", "a\"b", "#", "!", "ñ", "a\tb", "a;b"})
    void only_plain_characters_take_the_fast_path(String value) {
        assertThat(CsvRow.plain(value)).isFalse();
    }
}
