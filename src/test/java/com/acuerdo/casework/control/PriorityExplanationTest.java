package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.casework.control.PriorityExplanation.Part;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityExplanationTest {

    private static final Map<String, String> LABELS =
            Map.of("DAYS_PAST_DUE", "Días de atraso", "BALANCE", "Saldo", "RISK", "Riesgo");

    @Test
    void parts_read_largest_first_with_their_labels() {
        var parts = List.of(
                new Part("BALANCE", new BigDecimal("20.0000")),
                new Part("DAYS_PAST_DUE", new BigDecimal("35.0000")),
                new Part("RISK", new BigDecimal("7.5000")));

        assertThat(PriorityExplanation.of(parts, LABELS::get)).isEqualTo("Días de atraso 35 · Saldo 20 · Riesgo 7.5");
    }

    @Test
    void no_parts_read_as_nothing() {
        assertThat(PriorityExplanation.of(List.of(), LABELS::get)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"35.0000, 35", "7.5000, 7.5", "7.25, 7.3", "0, 0", "100.04, 100", "-5.00, -5"})
    void points_read_as_whole_numbers_or_with_one_decimal(String points, String expected) {
        assertThat(PriorityExplanation.points(new BigDecimal(points))).isEqualTo(expected);
    }
}
