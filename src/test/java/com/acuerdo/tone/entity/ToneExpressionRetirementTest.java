package com.acuerdo.tone.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.acuerdo.customer.entity.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ToneExpressionRetirementTest {

    static final LocalDate FROM = LocalDate.of(2026, 3, 1);

    @Test
    void a_retired_expression_counts_until_the_day_before_its_retirement() {
        var expression = new ToneExpression(Language.ES, "idiota", ToneCategory.INSULT, FROM);
        expression.retireFrom(LocalDate.of(2026, 3, 20));
        assertThat(expression.isInForceOn(LocalDate.of(2026, 3, 19))).isTrue();
        assertThat(expression.isInForceOn(LocalDate.of(2026, 3, 20))).isFalse();
        assertThat(expression.isInForceOn(FROM.minusDays(1))).isFalse();
        assertThat(expression.retiredFrom()).contains(LocalDate.of(2026, 3, 20));
    }

    @Test
    void an_expression_cannot_leave_before_it_joins() {
        var expression = new ToneExpression(Language.ES, "idiota", ToneCategory.INSULT, FROM);
        assertThatIllegalArgumentException().isThrownBy(() -> expression.retireFrom(FROM.minusDays(1)));
        expression.retireFrom(FROM);
        assertThat(expression.isInForceOn(FROM)).isFalse();
    }
}
