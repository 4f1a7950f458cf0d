package com.acuerdo.arrangement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.platform.rules.Reason;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonTextTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale EN = Locale.forLanguageTag("en");

    private static Function<String, Optional<String>> bundle(Map<String, String> patterns) {
        return key -> Optional.ofNullable(patterns.get(key));
    }

    @Test
    void a_stored_reason_reads_back_as_its_code_and_figures_in_order() {
        var stored = Reason.of("MIN_INSTALMENT", "instalment", "12.50", "min", "50.00", "currency", "NZD");

        var parsed = ReasonText.parse(stored.text());

        assertThat(parsed).isEqualTo(stored);
        assertThat(parsed.params().keySet()).containsExactly("instalment", "min", "currency");
    }

    @Test
    void a_stored_reason_without_figures_reads_back_as_its_code() {
        assertThat(ReasonText.parse("OPEN_PROMISE_EXISTS")).isEqualTo(Reason.of("OPEN_PROMISE_EXISTS"));
    }

    @Test
    void text_that_is_no_stored_reason_is_kept_whole() {
        var parsed = ReasonText.parse("something else entirely");

        assertThat(parsed.code()).isEqualTo("UNREADABLE");
        assertThat(parsed.params()).containsEntry("text", "something else entirely");
    }

    @Test
    void a_policy_code_takes_the_bundle_pattern_with_its_figures_in_the_language() {
        var patterns = bundle(Map.of("reason.code.AMOUNT_ABOVE_BALANCE", "{2} {0} > {2} {1}"));
        var reason = Reason.of("AMOUNT_ABOVE_BALANCE", "amount", "1500.00", "balance", "1250.50", "currency", "MXN");

        assertThat(ReasonText.format(reason, patterns, ES)).isEqualTo("MXN 1.500,00 > MXN 1.250,50");
        assertThat(ReasonText.format(reason, patterns, EN)).isEqualTo("MXN 1,500.00 > MXN 1,250.50");
    }

    @Test
    void a_code_outside_the_policy_uses_the_screens_own_key() {
        var patterns = bundle(Map.of("ws.neg.code.CHANGED_BY_SOMEONE_ELSE", "reload"));

        assertThat(ReasonText.format(Reason.of("CHANGED_BY_SOMEONE_ELSE", "version", 3, "current", 4), patterns, ES))
                .isEqualTo("reload");
    }

    @Test
    void a_code_without_a_pattern_shows_the_code_and_figures_rather_than_nothing() {
        var reason = Reason.of("SOMETHING_NEW", "x", "1");

        assertThat(ReasonText.format(reason, bundle(Map.of()), ES)).isEqualTo("SOMETHING_NEW (x=1)");
    }

    @ParameterizedTest
    @CsvSource({
        "1000.00,    es, '1.000,00'",
        "1000.00,    en, '1,000.00'",
        "12,         es, 12",
        "5.5,        es, '5,5'",
        "-3,         en, -3",
        "2026-11-30, es, 30 nov 2026",
        "2026-11-30, en, 'Nov 30, 2026'",
        "2026-13-45, en, 2026-13-45",
        "NZD,        es, NZD",
        "ACTIVE,     en, ACTIVE"
    })
    void figures_are_written_the_languages_way(String value, String language, String expected) {
        assertThat(ReasonText.figure(value, Locale.forLanguageTag(language))).isEqualTo(expected);
    }
}
