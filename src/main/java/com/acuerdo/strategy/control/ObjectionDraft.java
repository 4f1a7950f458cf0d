package com.acuerdo.strategy.control;

import com.acuerdo.strategy.entity.Objective;
import java.util.List;

/** An objection guide as the screen edits it: objection → suggested answers (objective null = general). */
public record ObjectionDraft(
        String code, Objective objective, String objectionEs, String objectionEn, List<Answer> answers) {

    public record Answer(String textEs, String textEn) {
        boolean isBlank() {
            return (textEs == null || textEs.isBlank()) && (textEn == null || textEn.isBlank());
        }
    }

    public ObjectionDraft {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** Upper-case code, trimmed texts, empty answer rows dropped. */
    public ObjectionDraft normalised() {
        return new ObjectionDraft(
                code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                objective,
                strip(objectionEs),
                strip(objectionEn),
                answers.stream()
                        .filter(answer -> !answer.isBlank())
                        .map(answer -> new Answer(strip(answer.textEs()), strip(answer.textEn())))
                        .toList());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
