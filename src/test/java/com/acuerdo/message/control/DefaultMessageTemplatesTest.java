package com.acuerdo.message.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.message.entity.MessageTemplate;
import com.acuerdo.tone.control.DefaultToneExpressions;
import com.acuerdo.tone.control.ToneCheck;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultMessageTemplatesTest {

    private static final Set<String> KNOWN_VALUES = Set.of(
            "clientName",
            "amount",
            "dueDate",
            "agentName",
            "bankName",
            "today",
            "promiseAmount",
            "arrangementTotal",
            "instalments",
            "firstDueDate");

    @Test
    void every_template_passes_the_tone_check() {
        var check = ToneCheck.of(DefaultToneExpressions.rules());
        for (var template : DefaultMessageTemplates.all()) {
            assertThat(check.hits(template.body()))
                    .as(template.code() + " " + template.language())
                    .isEmpty();
            assertThat(check.hits(template.subject().orElse("")))
                    .as(template.code())
                    .isEmpty();
        }
    }

    @Test
    void every_template_uses_only_values_the_composer_knows() {
        for (var template : DefaultMessageTemplates.all()) {
            assertThat(KNOWN_VALUES)
                    .as(template.code() + " " + template.channel() + " " + template.language())
                    .containsAll(TemplateText.placeholders(template.body()));
        }
    }

    @Test
    void every_code_and_channel_exists_in_spanish_and_in_english() {
        var byKind = DefaultMessageTemplates.all().stream()
                .collect(Collectors.groupingBy(
                        t -> t.code() + "/" + t.channel(),
                        Collectors.mapping(MessageTemplate::language, Collectors.toSet())));

        assertThat(byKind)
                .allSatisfy((kind, languages) ->
                        assertThat(languages).as(kind).containsExactlyInAnyOrder(Language.ES, Language.EN));
        assertThat(byKind).containsKeys("PAYMENT_REMINDER/SMS", "STATEMENT_COPY/LETTER", "CEASE_CONFIRMATION/LETTER");
    }

    @Test
    void an_sms_template_fits_in_a_few_messages() {
        DefaultMessageTemplates.all().stream()
                .filter(t -> t.channel() == com.acuerdo.contact.entity.Channel.SMS)
                .forEach(t -> assertThat(t.body().length()).as(t.code()).isLessThan(300));
    }
}
