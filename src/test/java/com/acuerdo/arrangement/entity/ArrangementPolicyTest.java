package com.acuerdo.arrangement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.entity.ArrangementPolicy.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrangementPolicyTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private static ArrangementLimits limits(
            int instalments, int downPct, int minInstalment, int discountPct, int days) {
        return new ArrangementLimits(
                instalments,
                BigDecimal.valueOf(downPct),
                BigDecimal.valueOf(minInstalment),
                BigDecimal.valueOf(discountPct),
                days);
    }

    private static ArrangementPolicy policy(AgingBucket bucket, LocalDate from) {
        return new ArrangementPolicy(
                Product.CREDIT_CARD, bucket, "USD", from, limits(12, 10, 25, 10, 15), limits(24, 5, 15, 30, 30), 5, 3);
    }

    private static ArrangementTerms terms(
            int instalments, String downPct, String instalment, String discount, int days) {
        return new ArrangementTerms(
                instalments, new BigDecimal(downPct), new BigDecimal(instalment), new BigDecimal(discount), days);
    }

    @ParameterizedTest(name = "{0} instalments, {1}% down, {2} each, {3}% off, first in {4} days -> {5}")
    @CsvSource({
        "12, 10, 25, 10, 15, WITHIN_POLICY",
        "13, 10, 25, 10, 15, NEEDS_APPROVAL",
        "12, 9.99, 25, 10, 15, NEEDS_APPROVAL",
        "12, 10, 24.99, 10, 15, NEEDS_APPROVAL",
        "12, 10, 25, 10.01, 15, NEEDS_APPROVAL",
        "12, 10, 25, 10, 16, NEEDS_APPROVAL",
        "24, 5, 15, 30, 30, NEEDS_APPROVAL",
        "25, 10, 25, 10, 15, REFUSED",
        "12, 4.99, 25, 10, 15, REFUSED",
        "12, 10, 14.99, 10, 15, REFUSED",
        "12, 10, 25, 30.01, 15, REFUSED",
        "12, 10, 25, 10, 31, REFUSED"
    })
    void soft_limits_bound_the_agent_and_hard_limits_the_supervisor(
            int instalments, String down, String instalment, String discount, int days, Verdict verdict) {
        assertThat(policy(null, FROM)
                        .assess(terms(instalments, down, instalment, discount, days))
                        .verdict())
                .isEqualTo(verdict);
    }

    @Test
    void the_assessment_names_the_limits_breached() {
        var assessment = policy(null, FROM).assess(terms(30, "10", "25", "40", 15));

        assertThat(assessment.breaches())
                .containsExactly(ArrangementLimit.MAX_INSTALMENTS, ArrangementLimit.MAX_DISCOUNT);
    }

    @Test
    void soft_limits_wider_than_hard_ones_are_refused() {
        assertThatThrownBy(() -> new ArrangementPolicy(
                        Product.CREDIT_CARD,
                        null,
                        "USD",
                        FROM,
                        limits(36, 10, 25, 10, 15),
                        limits(24, 5, 15, 30, 30),
                        5,
                        3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "due 10 March, unpaid on {0} -> missed {1}")
    @CsvSource({"2026-03-10, false", "2026-03-15, false", "2026-03-16, true"})
    void an_instalment_counts_as_missed_only_after_the_grace_days(LocalDate today, boolean missed) {
        assertThat(policy(null, FROM).isMissed(LocalDate.of(2026, 3, 10), today))
                .isEqualTo(missed);
    }

    @Test
    void the_reminder_goes_out_the_configured_days_before() {
        assertThat(policy(null, FROM).reminderDateFor(LocalDate.of(2026, 3, 10)))
                .isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void a_bucket_specific_policy_wins_over_the_general_one() {
        var general = policy(null, LocalDate.of(2026, 6, 1));
        var specific = policy(AgingBucket.DPD_180_PLUS, FROM);

        var candidates = List.of(general, specific);

        assertThat(ArrangementPolicy.inForce(candidates, AgingBucket.DPD_180_PLUS, LocalDate.of(2026, 7, 1)))
                .containsSame(specific);
        assertThat(ArrangementPolicy.inForce(candidates, AgingBucket.DPD_30_59, LocalDate.of(2026, 7, 1)))
                .containsSame(general);
    }

    @Test
    void the_latest_effective_version_is_in_force() {
        var old = policy(null, FROM);
        var current = policy(null, LocalDate.of(2026, 6, 1));
        var future = policy(null, LocalDate.of(2027, 1, 1));

        assertThat(ArrangementPolicy.inForce(
                        List.of(old, current, future), AgingBucket.DPD_30_59, LocalDate.of(2026, 6, 1)))
                .containsSame(current);
        assertThat(ArrangementPolicy.inForce(
                        List.of(old, current, future), AgingBucket.DPD_30_59, LocalDate.of(2025, 12, 31)))
                .isEmpty();
    }

    @Test
    void minimum_instalments_are_money_in_the_policy_currency() {
        assertThat(policy(null, FROM).softMinInstalment().toString()).isEqualTo("25.00 USD");
    }
}
