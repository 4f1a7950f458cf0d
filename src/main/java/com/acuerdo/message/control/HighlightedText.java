package com.acuerdo.message.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A refused text shown back to the agent with the offending stretches marked: HTML in which every
 * character of the text is escaped and only the {@code <mark>} elements are markup. Overlapping or
 * touching stretches are marked once; stretches outside the text are clipped.
 */
public final class HighlightedText {

    /** A stretch of the text: {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end) {}

    private HighlightedText() {}

    public static String html(String text, List<Span> spans) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        var out = new StringBuilder(text.length() + 32);
        int at = 0;
        for (var span : merged(spans, text.length())) {
            escape(text, at, span.start(), out);
            out.append("<mark>");
            escape(text, span.start(), span.end(), out);
            out.append("</mark>");
            at = span.end();
        }
        escape(text, at, text.length(), out);
        return out.toString();
    }

    static List<Span> merged(List<Span> spans, int length) {
        var sorted = spans.stream()
                .map(s -> new Span(Math.max(0, s.start()), Math.min(length, s.end())))
                .filter(s -> s.start() < s.end())
                .sorted(Comparator.comparingInt(Span::start))
                .toList();
        var merged = new ArrayList<Span>();
        for (var span : sorted) {
            var last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br/>");
                case '\r' -> {
                    // a CRLF is one line break
                }
                default -> out.append(c);
            }
        }
    }
}
