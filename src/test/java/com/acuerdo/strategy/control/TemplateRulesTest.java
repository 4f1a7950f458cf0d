package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.rules.Reason;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    @Test
    void a_template_with_known_placeholders_passes() {
        var draft = new TemplateDraft(
                "REMINDER", Channel.SMS, Language.ES, null, "Hola {clientName}, su saldo es {amount}.");
        assertThat(ConfigurationRules.template(draft)).isEmpty();
    }

    @Test
    void an_unknown_placeholder_is_refused_by_name_in_the_subject_or_the_body() {
        var draft = new TemplateDraft(
                "REMINDER", Channel.EMAIL, Language.EN, "For {clientNam}", "Dear {clientName}, see {balance}.");
        assertThat(ConfigurationRules.template(draft))
                .containsExactly(
                        Reason.of("CFG_TEMPLATE_PLACEHOLDER", "name", "{clientNam}"),
                        Reason.of("CFG_TEMPLATE_PLACEHOLDER", "name", "{balance}"));
    }

    @Test
    void templates_are_for_written_channels() {
        var draft = new TemplateDraft("REMINDER", Channel.CALL, Language.ES, null, "Hola");
        assertThat(ConfigurationRules.template(draft)).extracting(Reason::code).containsExactly("CFG_TEMPLATE_CHANNEL");
    }

    @Test
    void the_body_has_one_to_four_thousand_characters_and_the_subject_at_most_two_hundred() {
        assertThat(ConfigurationRules.template(
                        new TemplateDraft("A1", Channel.LETTER, Language.ES, "s".repeat(200), "b".repeat(4000))))
                .isEmpty();
        assertThat(ConfigurationRules.template(
                        new TemplateDraft("A1", Channel.LETTER, Language.ES, "s".repeat(201), "b".repeat(4001))))
                .extracting(Reason::code)
                .containsExactly("CFG_TEMPLATE_BODY_TOO_LONG", "CFG_TEMPLATE_SUBJECT_TOO_LONG");
        assertThat(ConfigurationRules.template(new TemplateDraft("A1", Channel.SMS, null, null, " ")))
                .extracting(Reason::code)
                .containsExactly("CFG_LANGUAGE_REQUIRED", "CFG_TEMPLATE_BODY_REQUIRED");
    }

    @Test
    void normalising_trims_and_drops_a_blank_subject() {
        var draft = new TemplateDraft(" reminder ", Channel.SMS, Language.ES, "  ", " Hola ").normalised();
        assertThat(draft).isEqualTo(new TemplateDraft("REMINDER", Channel.SMS, Language.ES, null, "Hola"));
        assertThat(draft.key()).isEqualTo("REMINDER/SMS/ES");
    }
}
