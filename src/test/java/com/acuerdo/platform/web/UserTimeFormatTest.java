package com.acuerdo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserTimeFormatTest {

    private static final Instant NOON_UTC = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void a_moment_reads_in_the_users_zone() {
        assertThat(UserTimeFormat.format(NOON_UTC, ZoneId.of("America/Bogota"), Locale.ENGLISH))
                .contains("7:00")
                .contains("Mar 10, 2026");
        assertThat(UserTimeFormat.format(NOON_UTC, ZoneId.of("America/New_York"), Locale.ENGLISH))
                .contains("8:00"); // daylight saving time started on 8 March 2026
    }

    @Test
    void a_moment_reads_in_the_users_language() {
        assertThat(UserTimeFormat.format(NOON_UTC, ZoneId.of("America/Bogota"), Locale.forLanguageTag("es")))
                .contains("mar")
                .contains("2026")
                .contains("7:00");
    }

    @Test
    void no_moment_reads_as_nothing() {
        assertThat(UserTimeFormat.format(null, ZoneId.of("UTC"), Locale.ENGLISH))
                .isEmpty();
    }
}
