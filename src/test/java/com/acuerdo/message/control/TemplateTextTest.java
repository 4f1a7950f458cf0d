package com.acuerdo.message.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTextTest {

    @Test
    void fills_every_placeholder_with_its_value() {
        var text = TemplateText.render(
                "Hola {clientName}, su saldo es {amount}. {agentName}",
                Map.of("clientName", "Ana Gómez", "amount", "MXN 1.250,50", "agentName", "Beto"));

        assertThat(text).isEqualTo("Hola Ana Gómez, su saldo es MXN 1.250,50. Beto");
    }

    @Test
    void the_same_placeholder_may_appear_twice() {
        assertThat(TemplateText.render("{a}-{a}", Map.of("a", "x"))).isEqualTo("x-x");
    }

    @Test
    void refuses_a_text_with_placeholders_that_have_no_value_and_names_them_all() {
        assertThatThrownBy(() -> TemplateText.render(
                        "{clientName} pagará {promiseAmount} el {dueDate}", Map.of("clientName", "Ana")))
                .isInstanceOfSatisfying(MissingValues.class, missing -> assertThat(missing.names())
                        .containsExactly("promiseAmount", "dueDate"));
    }

    @Test
    void a_blank_value_is_a_missing_value() {
        var values = new HashMap<String, String>();
        values.put("clientName", "  ");
        assertThatThrownBy(() -> TemplateText.render("Estimado {clientName}", values))
                .isInstanceOf(MissingValues.class);
    }

    @Test
    void values_are_inserted_literally_and_never_expanded_again() {
        var text = TemplateText.render(
                "{clientName} / {amount}", Map.of("clientName", "{amount} $1 \\o/", "amount", "10"));

        assertThat(text).isEqualTo("{amount} $1 \\o/ / 10");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Sin marcadores|''", "{a} y {b} y {a}|a,b", "{ no } {1x} {x1}|x1", "llaves sueltas { y }|''"})
    void finds_the_placeholders_of_a_text(String text, String names) {
        assertThat(String.join(",", TemplateText.placeholders(text))).isEqualTo(names);
    }
}
