package com.acuerdo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.intake.entity.ImportKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final String HEADER = "bill_id,account_id,due_date,amount_due\n";

    private static List<CsvRow> rows(byte[] bytes) throws IOException {
        try (var csv = CsvFile.open(new ByteArrayInputStream(bytes), ImportKind.BILLS)) {
            var rows = new ArrayList<CsvRow>();
            for (var row = csv.next(); row.isPresent(); row = csv.next()) {
                rows.add(row.get());
            }
            return rows;
        }
    }

    private static List<CsvRow> rows(String text) throws IOException {
        return rows(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rows_carry_their_line_counting_the_header_as_line_1() throws IOException {
        var rows = rows(HEADER + "B1,A1,2026-03-01,10.00\nB2,A1,2026-04-01,20.00\n");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).values()).containsExactly("B2", "A1", "2026-04-01", "20.00");
    }

    @Test
    void empty_lines_are_skipped_and_do_not_shift_the_line_numbers() throws IOException {
        var rows = rows(HEADER + "\nB1,A1,2026-03-01,10.00\n\n\nB2,A1,2026-04-01,20.00\n\n");
        assertThat(rows).extracting(CsvRow::line).containsExactly(3L, 6L);
    }

    @Test
    void quoted_values_keep_commas_quotes_and_line_breaks_and_the_next_row_has_its_real_line() throws IOException {
        var rows = rows(HEADER + "\"B,1\",\"A \"\"x\"\"\",\"2026-03-01\",\"1\n0\"\nB2,A1,2026-04-01,20.00\n");
        assertThat(rows.get(0).values()).containsExactly("B,1", "A \"x\"", "2026-03-01", "1\n0");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
    }

    @Test
    void windows_line_endings_and_a_missing_final_line_break_are_read() throws IOException {
        var rows = rows("bill_id,account_id,due_date,amount_due\r\nB1,A1,2026-03-01,10.00\r\nB2,A1,2026-04-01,20.00");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
    }

    @Test
    void a_utf8_byte_order_mark_is_tolerated() throws IOException {
        var bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var text = (HEADER + "B1,A1,2026-03-01,10.00\n").getBytes(StandardCharsets.UTF_8);
        var bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        assertThat(rows(bytes)).hasSize(1);
    }

    @Test
    void a_wrong_header_refuses_the_file_at_line_1() {
        assertThatThrownBy(() -> rows("bill_id,account_id,amount_due,due_date\nB1,A1,10.00,2026-03-01\n"))
                .isInstanceOfSatisfying(FileRefused.class, refused -> {
                    assertThat(refused.line()).isEqualTo(1);
                    assertThat(refused.reason())
                            .contains("wrong header")
                            .contains("expected bill_id,account_id,due_date,amount_due");
                });
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> rows(""))
                .isInstanceOfSatisfying(FileRefused.class, refused -> assertThat(refused.reason())
                        .contains("empty"));
    }

    @Test
    void latin1_text_is_refused_as_not_utf8_with_its_line() throws IOException {
        var latin1 =
                (HEADER + "B1,A1,2026-03-01,10.00\nB2,Añejo,2026-03-01,10.00\n").getBytes(StandardCharsets.ISO_8859_1);
        var file = Files.createTempFile("bills", ".csv");
        try {
            Files.write(file, latin1);
            assertThatThrownBy(() -> CsvFile.check(file, ImportKind.BILLS))
                    .isInstanceOfSatisfying(FileRefused.class, refused -> {
                        assertThat(refused.reason()).contains("not UTF-8");
                        assertThat(refused.line()).isEqualTo(3);
                    });
            // Read row by row it is refused too (the check step runs first, so an import never gets there).
            assertThatThrownBy(() -> rows(latin1)).isInstanceOf(FileRefused.class);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void an_unclosed_quote_is_refused_as_not_csv() {
        assertThatThrownBy(() -> rows(HEADER + "B1,A1,2026-03-01,10.00\n\"B2,A1,2026-03-01,10.00\n"))
                .isInstanceOfSatisfying(FileRefused.class, refused -> {
                    assertThat(refused.reason()).contains("not valid CSV");
                    assertThat(refused.line()).isEqualTo(3);
                });
    }

    @Test
    void text_after_a_closing_quote_is_refused_as_not_csv() {
        assertThatThrownBy(() -> rows(HEADER + "\"B1\"x,A1,2026-03-01,10.00\n"))
                .isInstanceOfSatisfying(FileRefused.class, refused -> assertThat(refused.reason())
                        .contains("not valid CSV"));
    }

    @Test
    void json_is_refused_by_its_header() {
        assertThatThrownBy(() -> rows("{\"bills\": []}\n")).isInstanceOf(FileRefused.class);
    }

    @Test
    void the_raw_row_is_written_back_as_csv() throws IOException {
        var rows = rows(HEADER + "\"B,1\",A1,2026-03-01,10.00\n");
        assertThat(rows.get(0).raw()).isEqualTo("\"B,1\",A1,2026-03-01,10.00");
    }
}
