package com.acuerdo.contact.web;

import com.acuerdo.contact.control.GuardDecision;
import com.acuerdo.contact.control.GuardReason;
import com.acuerdo.contact.control.ReasonCode;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Puts the contact guard's reason codes into the user's words from the bundle
 * ({@code reason.code.<CODE>}, with a {@code .until} / {@code .confirmed} variant where a parameter is
 * optional), and says when a contact is next allowed in the client's and the user's zone. Pure: a
 * bundle and a locale in, text out.
 */
public final class GuardWording {

    private static final String PREFIX = "reason.code.";

    private final ResourceBundle bundle;
    private final Locale locale;

    public GuardWording(ResourceBundle bundle, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public List<String> reasons(GuardDecision decision) {
        return decision.reasons().stream().map(this::reason).toList();
    }

    public String reason(GuardReason reason) {
        return reason(reason.code(), reason.params());
    }

    public String reason(ReasonCode code, Map<String, String> params) {
        var reason = new Params(params);
        var key = PREFIX + code;
        var args = new ArrayList<Object>();
        switch (code) {
            case OUTSIDE_HOURS -> args.addAll(List.of(
                    reason.param("zone"), reason.param("localTime"), reason.param("opens"), reason.param("closes")));
            case CLOSED_DAY -> {
                args.add(reason.param("zone"));
                args.add(date(reason.param("date")));
                args.add(DayOfWeek.valueOf(reason.param("dayOfWeek")).getDisplayName(TextStyle.FULL, locale));
            }
            case HOLIDAY -> {
                args.add(reason.param("zone"));
                args.add(date(reason.param("date")));
            }
            case CALL_CAP, WEEKLY_CAP, WRITTEN_CAP -> args.addAll(
                    List.of(reason.param("count"), reason.param("max"), String.valueOf(reason.param("days"))));
            case DAILY_CAP -> args.addAll(List.of(reason.param("count"), reason.param("max")));
            case AFTER_CONVERSATION -> {
                args.add(date(reason.param("conversationOn")));
                args.add(date(reason.param("callsFrom")));
            }
            case WRITTEN_GAP -> {
                args.add(date(reason.param("lastOn")));
                args.add(date(reason.param("nextOn")));
            }
            case NO_CONSENT, CONFIRMATION_CHANNEL -> args.add(channel(reason.param("channel")));
            case OPTED_OUT -> {
                args.add(channel(reason.param("channel")));
                args.add(date(reason.param("since")));
            }
            case CEASE_REQUESTED -> {
                args.add(date(reason.param("since")));
                if (reason.param("confirmedOn") != null) {
                    key += ".confirmed";
                    args.add(date(reason.param("confirmedOn")));
                }
            }
            case DISPUTED, PAUSED -> {
                args.add(date(reason.param(code == ReasonCode.DISPUTED ? "since" : "from")));
                if (reason.param("until") != null) {
                    key += ".until";
                    args.add(date(reason.param("until")));
                }
            }
            case THIRD_PARTY -> {
                // no parameters
            }
        }
        return format(key, args.toArray());
    }

    /**
     * When a contact is next allowed: in the client's zone, and in the user's when it differs, e.g.
     * "lunes 24 nov 07:00 (America/Bogota) · su hora: lunes 24 nov 13:00 (Europe/Madrid)".
     */
    public String next(Instant next, ZoneId clientZone, ZoneId userZone) {
        if (next == null) {
            return format("ws.contact.next.none");
        }
        var client = moment(next, clientZone);
        if (clientZone.equals(userZone)) {
            return format("ws.contact.next.at", client);
        }
        return format("ws.contact.next.atBoth", client, moment(next, userZone));
    }

    private record Params(Map<String, String> values) {
        String param(String key) {
            return values.get(key);
        }
    }

    private String moment(Instant instant, ZoneId zone) {
        var formatter = DateTimeFormatter.ofPattern("EEEE d MMM HH:mm", locale).withZone(zone);
        return formatter.format(instant) + " (" + zone.getId() + ")";
    }

    private String date(String isoDate) {
        if (isoDate == null) {
            return "—";
        }
        return LocalDate.parse(isoDate)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    private String channel(String channel) {
        try {
            return bundle.getString(PREFIX + "channel." + channel);
        } catch (MissingResourceException e) {
            return channel;
        }
    }

    private String format(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
