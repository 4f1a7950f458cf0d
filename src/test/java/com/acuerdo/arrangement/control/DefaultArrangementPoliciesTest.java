package com.acuerdo.arrangement.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultArrangementPoliciesTest {

    @ParameterizedTest
    @EnumSource(Product.class)
    void every_product_has_a_general_policy_in_every_currency(Product product) {
        for (var currency : DefaultArrangementPolicies.CURRENCIES.keySet()) {
            assertThat(DefaultArrangementPolicies.all())
                    .as(product + " " + currency)
                    .anyMatch(p -> p.product() == product
                            && p.currency().equals(currency)
                            && p.bucket().isEmpty());
        }
    }

    @Test
    void soft_limits_are_strictly_tighter_than_hard_ones_where_there_is_room() {
        for (var policy : DefaultArrangementPolicies.all()) {
            assertThat(policy.soft().maxInstalments()).isLessThan(policy.hard().maxInstalments());
            assertThat(policy.soft().minDownPaymentPercent())
                    .isGreaterThan(policy.hard().minDownPaymentPercent());
            assertThat(policy.soft().maxDaysToFirstPayment())
                    .isLessThan(policy.hard().maxDaysToFirstPayment());
        }
    }

    @Test
    void charge_off_candidates_of_cards_may_settle_with_a_larger_discount() {
        var all = DefaultArrangementPolicies.all();
        var date = LocalDate.of(2026, 3, 1);
        var cards = all.stream()
                .filter(p -> p.product() == Product.CREDIT_CARD && p.currency().equals("USD"))
                .toList();

        var chargeOff =
                ArrangementPolicy.inForce(cards, AgingBucket.DPD_180_PLUS, date).orElseThrow();
        var early =
                ArrangementPolicy.inForce(cards, AgingBucket.DPD_30_59, date).orElseThrow();

        assertThat(chargeOff.hard().maxDiscountPercent())
                .isGreaterThan(early.hard().maxDiscountPercent());
    }
}
