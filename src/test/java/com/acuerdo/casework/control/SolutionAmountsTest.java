package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.arrangement.entity.ArrangementLimits;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.platform.money.Money;
import com.acuerdo.strategy.entity.SolutionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SolutionAmountsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    /** Soft: 12 instalments, 10 % down, at least 500 MXN each, 10 % discount, 15 days; hard wider. */
    private static ArrangementPolicy policy() {
        return new ArrangementPolicy(
                Product.CREDIT_CARD,
                null,
                "MXN",
                LocalDate.parse("2000-01-01"),
                new ArrangementLimits(12, BigDecimal.TEN, new BigDecimal("500"), BigDecimal.TEN, 15),
                new ArrangementLimits(24, BigDecimal.valueOf(5), new BigDecimal("300"), BigDecimal.valueOf(30), 30),
                5,
                3,
                20);
    }

    private static Money mxn(String amount) {
        return Money.of(amount, "MXN");
    }

    @Test
    void a_promise_is_up_to_the_balance_by_the_policys_latest_date() {
        var offers = SolutionAmounts.of(SolutionKind.PROMISE_TO_PAY, mxn("1250.50"), policy(), TODAY);

        assertThat(offers).singleElement().satisfies(offer -> {
            assertThat(offer.amount()).isEqualTo(mxn("1250.50"));
            assertThat(offer.by()).isEqualTo(TODAY.plusDays(20));
        });
    }

    @Test
    void arrangement_examples_are_the_longest_plans_inside_the_soft_limits_and_add_up_exactly() {
        var offers = SolutionAmounts.of(SolutionKind.PAYMENT_ARRANGEMENT, mxn("10000.00"), policy(), TODAY);

        // 10 % down = 1000.00; 9000.00 over 12 = 750.00 (≥ 500), 9 and 6 also fit; 18 is beyond 12.
        assertThat(offers).extracting(SolutionAmounts.Offer::instalments).containsExactly(6, 9, 12);
        for (var offer : offers) {
            assertThat(offer.downPayment()).isEqualTo(mxn("1000.00"));
            assertThat(offer.by()).isEqualTo(TODAY.plusDays(7));
            var sum = offer.instalment()
                    .times(BigDecimal.valueOf(offer.instalments() - 1L))
                    .plus(offer.lastInstalment())
                    .plus(offer.downPayment());
            assertThat(sum).isEqualTo(mxn("10000.00"));
        }
    }

    @Test
    void a_small_balance_only_gets_plans_whose_instalments_reach_the_minimum() {
        // 1250.50: down 125.05 (rounded up), 1125.45 left: 2 × 562.72… fits, 3 × 375.15 is below 500.
        var offers = SolutionAmounts.of(SolutionKind.PAYMENT_ARRANGEMENT, mxn("1250.50"), policy(), TODAY);

        assertThat(offers).extracting(SolutionAmounts.Offer::instalments).containsExactly(1, 2);
        assertThat(offers.get(1).downPayment()).isEqualTo(mxn("125.05"));
        assertThat(offers.get(1).instalment()).isEqualTo(mxn("562.72"));
        assertThat(offers.get(1).lastInstalment()).isEqualTo(mxn("562.73"));
    }

    @Test
    void a_settlement_within_the_agents_discount_and_a_larger_one_with_approval() {
        var offers = SolutionAmounts.of(SolutionKind.DISCOUNT_SETTLEMENT, mxn("2000.00"), policy(), TODAY);

        assertThat(offers).hasSize(2);
        assertThat(offers.get(0).amount()).isEqualTo(mxn("1800.00"));
        assertThat(offers.get(0).percent()).isEqualByComparingTo("10");
        assertThat(offers.get(0).needsApproval()).isFalse();
        assertThat(offers.get(1).amount()).isEqualTo(mxn("1400.00"));
        assertThat(offers.get(1).needsApproval()).isTrue();
    }

    @Test
    void routes_without_amounts_and_a_paid_up_balance_get_no_offers() {
        assertThat(SolutionAmounts.of(SolutionKind.DUE_DATE_CHANGE, mxn("500.00"), policy(), TODAY))
                .isEmpty();
        assertThat(SolutionAmounts.of(SolutionKind.PROMISE_TO_PAY, mxn("0.00"), policy(), TODAY))
                .isEmpty();
        assertThat(SolutionAmounts.of(SolutionKind.PAYMENT_ARRANGEMENT, mxn("500.00"), null, TODAY))
                .isEmpty();
    }
}
