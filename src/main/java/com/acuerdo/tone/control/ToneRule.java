package com.acuerdo.tone.control;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.tone.entity.ToneCategory;
import com.acuerdo.tone.entity.ToneExpression;
import java.util.Objects;

/** One expression of the list as the matcher needs it. */
public record ToneRule(Language language, String expression, ToneCategory category) {

    public ToneRule {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(category, "category");
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("an expression needs words");
        }
    }

    public static ToneRule of(ToneExpression row) {
        return new ToneRule(row.language(), row.expression(), row.category());
    }
}
