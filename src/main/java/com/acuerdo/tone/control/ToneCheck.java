package com.acuerdo.tone.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds the expressions of the tone list in a text. Whole words only ("cárcel" is not found inside
 * "excarcelar"), robust to case, accents, spacing, punctuation, plural and gender endings and
 * leetspeak (see {@link FoldedText}). Negation is deliberately not parsed: "no le vamos a demandar"
 * still names a lawsuit to intimidate and is found, because the list names what a courteous text
 * never needs to say at all.
 *
 * <p>Every language's expressions are looked for in every text: an English threat in a Spanish
 * message is still a threat. Where several expressions cover the very same words, one hit is kept.
 *
 * <p>Not recognised: words spelt letter by letter ("c a r c e l") or broken by punctuation inside.
 */
public final class ToneCheck {

    /** At most this many words of any kind stand for one {@code *} in an expression. */
    static final int MAX_GAP = 2;

    private static final String GAP = "*";

    private record Compiled(ToneRule rule, List<String> stems) {}

    private final Map<String, List<Compiled>> byFirstWord = new HashMap<>();

    private ToneCheck(Collection<ToneRule> rules) {
        for (var rule : rules) {
            var stems = compile(rule.expression());
            if (!stems.isEmpty()) {
                byFirstWord
                        .computeIfAbsent(stems.get(0), k -> new ArrayList<>())
                        .add(new Compiled(rule, stems));
            }
        }
    }

    public static ToneCheck of(Collection<ToneRule> rules) {
        return new ToneCheck(rules);
    }

    /** Every expression found, in the order of the text; empty when the text is fine. */
    public List<ToneHit> hits(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var words = FoldedText.words(text);
        var hits = new ArrayList<ToneHit>();
        var seen = new HashSet<String>();
        for (int i = 0; i < words.size(); i++) {
            for (var candidate : byFirstWord.getOrDefault(words.get(i).stem(), List.of())) {
                int last = lastWordOfMatch(candidate.stems(), 0, words, i);
                // One hit per stretch of text: "idiota" (es) and "idiot" (en) fold alike.
                if (last >= 0 && seen.add(i + ":" + last)) {
                    int start = words.get(i).start();
                    int end = words.get(last).end();
                    var rule = candidate.rule();
                    hits.add(new ToneHit(
                            rule.expression(),
                            rule.category(),
                            rule.language(),
                            start,
                            end,
                            text.substring(start, end)));
                }
            }
        }
        hits.sort(Comparator.comparingInt(ToneHit::start).thenComparingInt(ToneHit::end));
        return List.copyOf(hits);
    }

    /** For texts that are kept but not sent (an agent's notes): the hits, to show as a warning. */
    public List<ToneHit> warnings(String note) {
        return hits(note);
    }

    /** For texts that go to a client: refused with every hit when the text contains any. */
    public void refuseOffending(String text) {
        var hits = hits(text);
        if (!hits.isEmpty()) {
            throw new ToneRefused(hits);
        }
    }

    /** The index of the text word where the expression ends, or -1 when it does not match at {@code at}. */
    private static int lastWordOfMatch(List<String> stems, int s, List<FoldedText.Word> words, int at) {
        if (s == stems.size()) {
            return at - 1;
        }
        if (GAP.equals(stems.get(s))) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                int last = lastWordOfMatch(stems, s + 1, words, at + skip);
                if (last >= 0) {
                    return last;
                }
            }
            return -1;
        }
        if (at >= words.size() || !words.get(at).stem().equals(stems.get(s))) {
            return -1;
        }
        return lastWordOfMatch(stems, s + 1, words, at + 1);
    }

    /** The stems of an expression; a gap is kept only between words. */
    static List<String> compile(String expression) {
        var stems = new ArrayList<String>();
        for (var part : expression.strip().split("\\s+")) {
            if (GAP.equals(part)) {
                if (!stems.isEmpty() && !GAP.equals(stems.get(stems.size() - 1))) {
                    stems.add(GAP);
                }
            } else {
                FoldedText.words(part).forEach(word -> stems.add(word.stem()));
            }
        }
        while (!stems.isEmpty() && GAP.equals(stems.get(stems.size() - 1))) {
            stems.remove(stems.size() - 1);
        }
        return stems;
    }
}
