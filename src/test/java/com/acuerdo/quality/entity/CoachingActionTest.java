package com.acuerdo.quality.entity;

import static com.acuerdo.quality.entity.Scorecards.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoachingActionTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private static CoachingAction action() {
        return new CoachingAction(7L, null, "ASKED_REASON", "Preguntar siempre el motivo del atraso", DUE, 9L, T0);
    }

    @Test
    void the_agent_acknowledges_and_the_supervisor_closes_with_an_outcome() {
        var action = action();

        action.acknowledge(T0);
        action.close(CoachingOutcome.IMPROVED, "3 de 3 llamadas con motivo", T0);

        assertThat(action.status()).isEqualTo(CoachingStatus.CLOSED);
        assertThat(action.outcome()).contains(CoachingOutcome.IMPROVED);
        assertThat(action.notes()).contains("3 de 3 llamadas con motivo");
    }

    @Test
    void a_closed_action_takes_no_more_notes_and_cannot_be_acknowledged() {
        var action = action();
        action.close(CoachingOutcome.NOT_IMPROVED, null, T0);

        assertThatThrownBy(() -> action.addNote("tarde")).isInstanceOf(QualityRuleException.class);
        assertThatThrownBy(() -> action.acknowledge(T0)).isInstanceOf(QualityRuleException.class);
        assertThatThrownBy(() -> action.close(CoachingOutcome.IMPROVED, null, T0))
                .isInstanceOf(QualityRuleException.class);
    }

    @Test
    void notes_accumulate() {
        var action = action();
        action.addNote("Sesión 1");
        action.addNote("Sesión 2");

        assertThat(action.notes()).contains("Sesión 1\nSesión 2");
    }

    @ParameterizedTest(name = "{0} overdue: {1}")
    @CsvSource({"2026-03-31, false", "2026-04-01, true"})
    void is_overdue_after_its_due_date(LocalDate date, boolean overdue) {
        assertThat(action().isOverdueOn(date)).isEqualTo(overdue);
    }

    @Test
    void a_closed_action_is_never_overdue() {
        var action = action();
        action.close(CoachingOutcome.PARTLY_IMPROVED, null, T0);

        assertThat(action.isOverdueOn(DUE.plusDays(10))).isFalse();
    }

    @Test
    void the_review_must_be_of_the_same_agent() {
        var review = new QualityReview(1L, 8L, 3L, Scorecards.published(), T0);

        assertThatThrownBy(() -> new CoachingAction(7L, review, null, "meta", DUE, 9L, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
