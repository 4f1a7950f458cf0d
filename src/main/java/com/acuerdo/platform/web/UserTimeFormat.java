package com.acuerdo.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a moment reads on screen: in the user's zone and language, with the zone's short name. */
public final class UserTimeFormat {

    private UserTimeFormat() {}

    public static String format(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        var zoneName = DateTimeFormatter.ofPattern("zzz", locale).withZone(zone);
        return formatter.format(instant) + " " + zoneName.format(instant);
    }
}
