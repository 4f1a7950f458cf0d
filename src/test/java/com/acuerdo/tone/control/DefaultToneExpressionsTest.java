package com.acuerdo.tone.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.tone.entity.ToneCategory;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultToneExpressionsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void each_language_ships_at_least_sixty_expressions_in_every_category(Language language) {
        var rules = DefaultToneExpressions.rules().stream()
                .filter(rule -> rule.language() == language)
                .toList();

        assertThat(rules).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rules.stream().map(ToneRule::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ToneCategory.values());
    }

    @Test
    void no_expression_is_listed_twice() {
        var keys = DefaultToneExpressions.rules().stream()
                .map(rule -> rule.language() + ":" + ToneCheck.compile(rule.expression()))
                .toList();

        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void every_listed_expression_is_found_as_written() {
        var check = ToneCheck.of(DefaultToneExpressions.rules());

        for (var rule : DefaultToneExpressions.rules()) {
            var text = Arrays.stream(rule.expression().split("\\s+"))
                    .map(word -> word.equals("*") ? "su" : word)
                    .collect(Collectors.joining(" "));
            assertThat(check.hits("Texto: " + text + "."))
                    .as(rule.expression())
                    .anySatisfy(hit -> assertThat(hit.found()).isEqualTo(text));
        }
    }

    @Test
    void the_defaults_become_active_rows_from_one_date() {
        assertThat(DefaultToneExpressions.all())
                .allSatisfy(row -> assertThat(row.isInForceOn(DefaultToneExpressions.EFFECTIVE_FROM))
                        .isTrue())
                .allSatisfy(row -> assertThat(row.isInForceOn(DefaultToneExpressions.EFFECTIVE_FROM.minusDays(1)))
                        .isFalse());
    }
}
