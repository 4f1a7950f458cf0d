package com.acuerdo.arrangement.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.platform.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningOfferTest {

    /** Soft limits: 12 instalments, 10 % down, instalments of at least 500.00, 10 % off, 15 days. */
    private static final ArrangementLimits SOFT =
            new ArrangementLimits(12, BigDecimal.TEN, new BigDecimal("500.00"), BigDecimal.TEN, 15);

    @ParameterizedTest(name = "{0} {1} → {2} down, {3} instalments")
    @CsvSource({
        // a large balance: the usual six instalments
        "100000.00, MXN, 10000.00, 6",
        // 1,500.00: 1,350.00 financed, 2 × 675.00 (3 × 450.00 would be under 500.00)
        "1500.00,   MXN, 150.00,   2",
        // exactly 6 × 500.00 after the down payment is still six
        "3333.34,   MXN, 333.34,   6",
        // one cent less: five
        "3333.33,   MXN, 333.34,   5",
        // too small for two: one instalment, never zero
        "600.00,    MXN, 60.00,    1",
        // no minor unit in CLP: the down payment rounds up to a whole peso
        "15005,     CLP, 1501,     6"
    })
    void the_opening_offer_fits_the_soft_limits(String balance, String currency, String down, int instalments) {
        var offer = OpeningOffer.within(SOFT, Money.of(balance, currency));

        assertThat(offer.downPayment()).isEqualByComparingTo(down);
        assertThat(offer.instalments()).isEqualTo(instalments);
        assertThat(offer.daysToFirstPayment()).isEqualTo(7);
    }

    @ParameterizedTest(name = "max {0} instalments, {1} days → {2}, {3}")
    @CsvSource({"4, 15, 4, 7", "12, 3, 6, 3", "1, 0, 1, 0"})
    void a_tighter_policy_caps_the_usual_figures(int maxInstalments, int maxDays, int instalments, int days) {
        var limits = new ArrangementLimits(maxInstalments, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, maxDays);

        var offer = OpeningOffer.within(limits, Money.of("100000.00", "USD"));

        assertThat(offer.instalments()).isEqualTo(instalments);
        assertThat(offer.daysToFirstPayment()).isEqualTo(days);
        assertThat(offer.downPayment()).isEqualByComparingTo("0.00");
    }
}
