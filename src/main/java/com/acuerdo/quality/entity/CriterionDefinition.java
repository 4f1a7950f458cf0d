package com.acuerdo.quality.entity;

import java.util.Objects;

/**
 * What a criterion asks, as a value: used to add criteria to a draft and to copy them to a new
 * version.
 *
 * @param scaleMax the top of the scale for {@link AnswerType#SCALE}; {@code null} for yes/no
 * @param prescoreSource the contact-log fact that pre-scores it; {@code null} if none
 */
public record CriterionDefinition(
        String code,
        String textEs,
        String textEn,
        int weight,
        AnswerType answerType,
        Integer scaleMax,
        boolean critical,
        boolean commentRequiredOnFail,
        PrescoreSource prescoreSource)
        implements java.io.Serializable {

    public CriterionDefinition {
        if (code == null
                || code.isBlank()
                || textEs == null
                || textEs.isBlank()
                || textEn == null
                || textEn.isBlank()) {
            throw new IllegalArgumentException("a criterion needs a code and a text in both languages");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("weight cannot be negative");
        }
        Objects.requireNonNull(answerType, "answerType");
        if (answerType == AnswerType.SCALE && (scaleMax == null || scaleMax < 1)) {
            throw new IllegalArgumentException("a scale criterion needs a maximum of at least 1");
        }
        if (answerType == AnswerType.YES_NO_NA && scaleMax != null) {
            throw new IllegalArgumentException("a yes/no criterion has no scale");
        }
        // A critical item is pass/fail by nature ("no threat"): a scale would blur it.
        if (critical && answerType != AnswerType.YES_NO_NA) {
            throw new IllegalArgumentException("critical criteria are yes/no");
        }
    }

    public static CriterionDefinition yesNo(String code, String textEs, String textEn, int weight) {
        return new CriterionDefinition(code, textEs, textEn, weight, AnswerType.YES_NO_NA, null, false, false, null);
    }

    public static CriterionDefinition critical(String code, String textEs, String textEn, int weight) {
        return new CriterionDefinition(code, textEs, textEn, weight, AnswerType.YES_NO_NA, null, true, true, null);
    }

    public static CriterionDefinition scale(String code, String textEs, String textEn, int weight, int max) {
        return new CriterionDefinition(code, textEs, textEn, weight, AnswerType.SCALE, max, false, false, null);
    }

    public CriterionDefinition prescoredFrom(PrescoreSource source) {
        return new CriterionDefinition(
                code, textEs, textEn, weight, answerType, scaleMax, critical, commentRequiredOnFail, source);
    }

    public CriterionDefinition commentOnFail() {
        return new CriterionDefinition(
                code, textEs, textEn, weight, answerType, scaleMax, critical, true, prescoreSource);
    }
}
