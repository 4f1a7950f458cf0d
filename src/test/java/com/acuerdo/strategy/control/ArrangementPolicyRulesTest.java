package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.rules.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrangementPolicyRulesTest {

    static final ArrangementPolicyDraft.Limits SOFT = limits(12, "10", "500", "10", 15);
    static final ArrangementPolicyDraft.Limits HARD = limits(24, "5", "300", "30", 30);

    @Test
    void soft_within_hard_passes_and_round_trips_through_the_entity() {
        var draft = draft(SOFT, HARD);
        assertThat(ConfigurationRules.arrangementPolicy(draft)).isEmpty();
        assertThat(ArrangementPolicyDraft.of(draft.toPolicy(LocalDate.of(2026, 3, 11))))
                .isEqualTo(draft);
        assertThat(draft.key()).isEqualTo("CREDIT_CARD/MXN/DPD_60_89");
    }

    @Test
    void soft_equal_to_hard_is_the_edge_that_passes() {
        assertThat(ConfigurationRules.arrangementPolicy(draft(HARD, HARD))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "25, 10, 500, 10, 15, MAX_INSTALMENTS",
        "12, 4.99, 500, 10, 15, MIN_DOWN_PAYMENT",
        "12, 10, 299.99, 10, 15, MIN_INSTALMENT",
        "12, 10, 500, 30.01, 15, MAX_DISCOUNT",
        "12, 10, 500, 10, 31, MAX_DAYS_TO_FIRST_PAYMENT"
    })
    void a_soft_limit_wider_than_the_hard_one_is_refused_by_name(
            int instalments, String down, String minInstalment, String discount, int firstDays, String limit) {
        var soft = limits(instalments, down, minInstalment, discount, firstDays);
        var reasons = ConfigurationRules.arrangementPolicy(draft(soft, HARD));
        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0).code()).isEqualTo("CFG_SOFT_WIDER_THAN_HARD");
        assertThat(reasons.get(0).params()).containsEntry("limit", limit);
    }

    @Test
    void figures_out_of_range_are_refused_before_comparing_the_sets() {
        var broken = limits(0, "101", "-1", "10", 15);
        assertThat(ConfigurationRules.arrangementPolicy(draft(broken, HARD)))
                .extracting(Reason::code)
                .containsExactly("CFG_INSTALMENTS_RANGE", "CFG_PERCENT_RANGE", "CFG_LIMIT_NEGATIVE");
    }

    @ParameterizedTest
    @CsvSource({"MXN, ", "mxn, CFG_CURRENCY_FORMAT", "MX, CFG_CURRENCY_FORMAT", "'', CFG_CURRENCY_FORMAT"})
    void the_currency_is_three_iso_letters(String currency, String expected) {
        var draft = new ArrangementPolicyDraft(Product.AUTO_LOAN, null, currency, SOFT, HARD, 3, 2, 30);
        assertThat(ConfigurationRules.arrangementPolicy(draft).stream().map(Reason::code))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void missing_limits_and_negative_days_are_refused() {
        var draft = new ArrangementPolicyDraft(
                Product.AUTO_LOAN, null, "USD", limits(12, null, "1", "1", 1), HARD, -1, 2, 30);
        assertThat(ConfigurationRules.arrangementPolicy(draft))
                .extracting(Reason::code)
                .containsExactly("CFG_LIMITS_REQUIRED", "CFG_DAYS_NEGATIVE");
    }

    private static ArrangementPolicyDraft draft(
            ArrangementPolicyDraft.Limits soft, ArrangementPolicyDraft.Limits hard) {
        return new ArrangementPolicyDraft(Product.CREDIT_CARD, AgingBucket.DPD_60_89, "MXN", soft, hard, 5, 3, 30);
    }

    private static ArrangementPolicyDraft.Limits limits(
            int instalments, String down, String minInstalment, String discount, int firstDays) {
        return new ArrangementPolicyDraft.Limits(
                instalments,
                down == null ? null : new BigDecimal(down),
                new BigDecimal(minInstalment),
                new BigDecimal(discount),
                firstDays);
    }
}
