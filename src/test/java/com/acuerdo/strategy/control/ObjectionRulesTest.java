package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.platform.rules.Reason;
import com.acuerdo.strategy.entity.Objective;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectionRulesTest {

    @Test
    void a_guide_with_one_complete_answer_passes_and_empty_rows_are_dropped() {
        var draft = new ObjectionDraft(
                        " no_money ",
                        null,
                        "No tengo dinero",
                        "I have no money",
                        List.of(
                                new ObjectionDraft.Answer("¿Cuánto podría pagar hoy?", "How much could you pay today?"),
                                new ObjectionDraft.Answer(" ", null)))
                .normalised();
        assertThat(draft.code()).isEqualTo("NO_MONEY");
        assertThat(draft.answers()).hasSize(1);
        assertThat(ConfigurationRules.objectionGuide(draft)).isEmpty();
    }

    @Test
    void a_guide_needs_an_answer_and_each_answer_both_languages() {
        var none = new ObjectionDraft("NO_MONEY", Objective.REMIND, "No tengo", "I have none", List.of());
        assertThat(ConfigurationRules.objectionGuide(none))
                .extracting(Reason::code)
                .containsExactly("CFG_ANSWER_REQUIRED");
        var half = new ObjectionDraft(
                "NO_MONEY",
                Objective.REMIND,
                "No tengo",
                "I have none",
                List.of(new ObjectionDraft.Answer("Sí", "Yes"), new ObjectionDraft.Answer("Solo", " ")));
        assertThat(ConfigurationRules.objectionGuide(half))
                .containsExactly(Reason.of("CFG_ANSWER_INCOMPLETE", "answer", 2));
    }

    @Test
    void an_objection_has_at_most_five_hundred_characters_in_each_language() {
        var answer = List.of(new ObjectionDraft.Answer("Sí", "Yes"));
        assertThat(ConfigurationRules.objectionGuide(new ObjectionDraft("AB", null, "x".repeat(500), "y", answer)))
                .isEmpty();
        assertThat(ConfigurationRules.objectionGuide(new ObjectionDraft("AB", null, "x".repeat(501), "", answer)))
                .containsExactly(
                        Reason.of("CFG_TEXT_TOO_LONG", "language", "es", "max", 500),
                        Reason.of("CFG_TEXT_REQUIRED", "language", "en"));
    }
}
