package com.acuerdo.message.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's placeholders ({@code {clientName}}) with the client's values. A placeholder
 * without a value refuses the whole text ({@link MissingValues}): a letter never goes out reading
 * "Dear {clientName}" or "Dear ". Values are inserted literally; a value that looks like a
 * placeholder is not expanded again.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");

    private TemplateText() {}

    /** The names of the placeholders in a text, in order of first use. */
    public static Set<String> placeholders(String text) {
        var names = new LinkedHashSet<String>();
        if (text != null) {
            var matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * @throws MissingValues naming every placeholder with no value, or a blank one
     */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        var missing = new ArrayList<String>();
        for (var name : placeholders(text)) {
            var value = values.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingValues(missing);
        }
        return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }
}
