package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.tone.entity.ToneCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneExpressionRulesTest {

    @ParameterizedTest
    @CsvSource({
        "idiota, ",
        "publicar * deuda, ",
        "'', CFG_TONE_NO_WORDS",
        "' * ', CFG_TONE_NO_WORDS",
        "123, CFG_TONE_NO_WORDS",
        "* deuda, CFG_TONE_GAP_AT_EDGE",
        "publicar *, CFG_TONE_GAP_AT_EDGE"
    })
    void an_expression_is_words_with_gaps_only_between_them(String expression, String expected) {
        assertThat(ConfigurationRules.toneExpression(Language.ES, expression, ToneCategory.INSULT).stream()
                        .map(Reason::code))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void two_hundred_characters_pass_and_two_hundred_one_are_refused() {
        assertThat(ConfigurationRules.toneExpression(Language.EN, "a".repeat(200), ToneCategory.THREAT))
                .isEmpty();
        assertThat(ConfigurationRules.toneExpression(Language.EN, "a".repeat(201), ToneCategory.THREAT))
                .containsExactly(Reason.of("CFG_TONE_TOO_LONG", "max", 200));
    }

    @Test
    void language_and_category_are_required() {
        assertThat(ConfigurationRules.toneExpression(null, "idiot", null))
                .extracting(Reason::code)
                .containsExactly("CFG_LANGUAGE_REQUIRED", "CFG_TONE_CATEGORY_REQUIRED");
    }
}
