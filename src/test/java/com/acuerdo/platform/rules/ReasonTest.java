package com.acuerdo.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonTest {

    @Test
    void a_reason_reads_as_its_code_and_its_figures_in_order() {
        assertThat(Reason.of("MAX_INSTALMENTS", "instalments", 30, "max", 24).text())
                .isEqualTo("MAX_INSTALMENTS (instalments=30, max=24)");
        assertThat(Reason.of("OPEN_PROMISE_EXISTS").text()).isEqualTo("OPEN_PROMISE_EXISTS");
    }

    @Test
    void params_come_in_pairs() {
        assertThatThrownBy(() -> Reason.of("X", "lonely")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_refusal_keeps_every_reason_and_needs_one() {
        var refusal = new Refusal(Refusal.Kind.INVALID, List.of(Reason.of("A"), Reason.of("B", "x", 1)));

        assertThat(refusal.reasons()).extracting(Reason::code).containsExactly("A", "B");
        assertThat(refusal.getMessage()).isEqualTo("INVALID: A; B (x=1)");
        assertThatThrownBy(() -> new Refusal(Refusal.Kind.CONFLICT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
