package com.acuerdo.arrangement.web;

import com.acuerdo.platform.rules.Reason;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A refusal's reason as a sentence in the user's language: the bundle's pattern for its code with the
 * figures in the order the rule gives them, amounts and dates written the language's way. Reasons
 * stored as text (an arrangement's approval reasons, {@code CODE (k=v, …)}) are read back first.
 */
public final class ReasonText {

    /** Policy codes of promises and arrangements. */
    public static final String CODE_KEY = "reason.code.";

    /** Codes these screens meet that are not policy rules (conflicts, unknown rows). */
    public static final String OTHER_CODE_KEY = "ws.neg.code.";

    private static final Pattern STORED = Pattern.compile("([A-Z0-9_]+)(?: \\((.*)\\))?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ReasonText() {}

    /** {@code "MAX_INSTALMENTS (instalments=18, max=12)"} back to its code and figures. */
    public static Reason parse(String text) {
        var matcher = STORED.matcher(text.strip());
        if (!matcher.matches()) {
            return Reason.of("UNREADABLE", "text", text);
        }
        var params = new LinkedHashMap<String, String>();
        if (matcher.group(2) != null) {
            for (var pair : matcher.group(2).split(", ")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    params.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return new Reason(matcher.group(1), params);
    }

    /**
     * @param patterns the bundle's pattern for a key, or empty when it has none
     * @return the localised sentence; the code with its figures when the bundle has no pattern
     */
    public static String format(Reason reason, Function<String, Optional<String>> patterns, Locale locale) {
        var pattern = patterns.apply(CODE_KEY + reason.code()).or(() -> patterns.apply(OTHER_CODE_KEY + reason.code()));
        if (pattern.isEmpty()) {
            return reason.text();
        }
        var arguments = reason.params().values().stream()
                .map(value -> figure(value, locale))
                .toArray();
        return new MessageFormat(pattern.get(), locale).format(arguments);
    }

    /** A figure as the language writes it: "1000.50" → "1.000,50" in Spanish; ISO dates in the medium style. */
    public static String figure(String value, Locale locale) {
        if (DECIMAL.matcher(value).matches()) {
            var number = new BigDecimal(value);
            var format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(true);
            format.setMinimumFractionDigits(Math.max(number.scale(), 0));
            format.setMaximumFractionDigits(Math.max(number.scale(), 0));
            return format.format(number);
        }
        if (DATE.matcher(value).matches()) {
            try {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return value;
    }
}
