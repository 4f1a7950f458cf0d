package com.acuerdo.contact.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.control.GuardReason;
import com.acuerdo.contact.control.ReasonCode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardWordingTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale EN = Locale.forLanguageTag("en");

    private static GuardWording in(Locale locale) {
        return new GuardWording(ResourceBundle.getBundle("com.acuerdo.i18n.messages", locale), locale);
    }

    @Test
    void outside_hours_names_the_zone_the_local_time_and_the_window() {
        var reason = new GuardReason(
                ReasonCode.OUTSIDE_HOURS,
                Map.of("zone", "America/Bogota", "localTime", "06:10", "opens", "07:00", "closes", "19:00"));

        assertThat(in(ES).reason(reason))
                .isEqualTo("Fuera de horario en America/Bogota: son las 06:10; se permite de 07:00 a 19:00");
        assertThat(in(EN).reason(reason))
                .isEqualTo("Outside hours in America/Bogota: it is 06:10; allowed from 07:00 to 19:00");
    }

    @Test
    void a_call_cap_reads_as_calls_in_the_last_days() {
        var reason = new GuardReason(ReasonCode.CALL_CAP, Map.of("count", "7", "max", "7", "days", "7"));

        assertThat(in(ES).reason(reason)).isEqualTo("7 llamadas o visitas en los últimos 7 días (máximo 7)");
    }

    @Test
    void an_opt_out_names_the_channel_in_the_users_language_and_the_date() {
        var reason = new GuardReason(ReasonCode.OPTED_OUT, Map.of("channel", "CALL", "since", "2026-11-23"));

        assertThat(in(ES).reason(reason)).isEqualTo("El cliente pidió no recibir llamadas desde el 23 nov 2026");
        assertThat(in(EN).reason(reason)).isEqualTo("The client opted out of calls on Nov 23, 2026");
    }

    @Test
    void an_optional_until_picks_the_variant_with_both_dates() {
        var open = new GuardReason(ReasonCode.PAUSED, Map.of("from", "2026-03-01"));
        var closed = new GuardReason(ReasonCode.PAUSED, Map.of("from", "2026-03-01", "until", "2026-03-31"));

        assertThat(in(EN).reason(open)).isEqualTo("Hardship pause since Mar 1, 2026");
        assertThat(in(EN).reason(closed)).isEqualTo("Hardship pause from Mar 1, 2026 to Mar 31, 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void every_reason_code_has_words_in_both_languages(String tag) {
        var wording = in(Locale.forLanguageTag(tag));
        var params = new java.util.HashMap<String, String>();
        var pairs = new String[] {
            "zone",
            "America/Bogota",
            "localTime",
            "06:10",
            "opens",
            "07:00",
            "closes",
            "19:00",
            "date",
            "2026-03-08",
            "dayOfWeek",
            "SUNDAY",
            "count",
            "2",
            "max",
            "2",
            "days",
            "7",
            "conversationOn",
            "2026-03-05",
            "callsFrom",
            "2026-03-12",
            "lastOn",
            "2026-03-06",
            "nextOn",
            "2026-03-08",
            "channel",
            "SMS",
            "since",
            "2026-03-01",
            "from",
            "2026-03-01"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        for (var code : EnumSet.allOf(ReasonCode.class)) {
            assertThat(wording.reason(code, params)).as(code.name()).doesNotContain("???", "{", "}");
        }
    }

    @Test
    void the_next_allowed_time_is_given_in_the_clients_zone_and_in_the_users_when_it_differs() {
        var monday7InBogota = Instant.parse("2026-11-23T12:00:00Z");
        var bogota = ZoneId.of("America/Bogota");

        assertThat(in(ES).next(monday7InBogota, bogota, ZoneId.of("Europe/Madrid")))
                .isEqualTo(
                        "Próximo: lunes 23 nov 07:00 (America/Bogota) · su hora: lunes 23 nov 13:00 (Europe/Madrid)");
        assertThat(in(EN).next(monday7InBogota, bogota, bogota))
                .isEqualTo("Next: Monday 23 Nov 07:00 (America/Bogota)");
        assertThat(in(EN).next(null, bogota, bogota)).isEqualTo("No next time while the restriction lasts");
    }
}
