package com.acuerdo.tone.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into comparable words: lower case, accents and other marks removed, leetspeak digits
 * inside words read as letters ("c4rcel"), letters repeated three times or more read once
 * ("caaarcel"), plural and gender endings cut ("cárceles", "morosa"). Spacing and punctuation only
 * separate words. Every word remembers where it stands in the original text.
 */
final class FoldedText {

    /** A word: its comparable stem and its place [start, end) in the original text. */
    record Word(String stem, int start, int end) {}

    private FoldedText() {}

    static List<Word> words(String text) {
        var words = new ArrayList<Word>();
        var current = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            for (char c : fold(codePoint).toCharArray()) {
                if (isWordChar(c)) {
                    if (current.isEmpty()) {
                        start = i;
                    }
                    current.append(c);
                    end = next;
                } else if (!current.isEmpty()) {
                    words.add(new Word(stem(current.toString()), start, end));
                    current.setLength(0);
                }
            }
            i = next;
        }
        if (!current.isEmpty()) {
            words.add(new Word(stem(current.toString()), start, end));
        }
        return words;
    }

    /** One character as plain lower-case letters without marks (ñ → n, é → e, ｃ → c). */
    private static String fold(int codePoint) {
        var decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        var plain = new StringBuilder(decomposed.length());
        decomposed
                .codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(plain::appendCodePoint);
        return plain.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$';
    }

    static String stem(String raw) {
        var word = collapseRepeats(readLeetspeak(raw));
        int length = word.length();
        if (length > 4 && word.endsWith("es")) {
            word = word.substring(0, length - 2);
        } else if (length > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            word = word.substring(0, length - 1);
        }
        length = word.length();
        if (length > 3 && "aeo".indexOf(word.charAt(length - 1)) >= 0) {
            word = word.substring(0, length - 1);
        }
        return word;
    }

    /** Digits and symbols read as letters, but only inside a word that has letters: "300" stays a number. */
    private static String readLeetspeak(String word) {
        if (word.chars().noneMatch(Character::isLetter)) {
            return word;
        }
        var letters = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            letters.append(
                    switch (c) {
                        case '4', '@' -> 'a';
                        case '3' -> 'e';
                        case '1' -> 'i';
                        case '0' -> 'o';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return letters.toString();
    }

    private static String collapseRepeats(String word) {
        var collapsed = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            int run = 1;
            while (i + run < word.length() && word.charAt(i + run) == c) {
                run++;
            }
            collapsed.append(String.valueOf(c).repeat(run >= 3 ? 1 : run));
            i += run;
        }
        return collapsed.toString();
    }
}
