package com.acuerdo.arrangement.entity;

import com.acuerdo.platform.money.MinorUnits;
import com.acuerdo.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The calculator's first figures for a balance: the policy's own down payment, as many instalments
 * as the agent usually offers while each stays at or above the smallest instalment the agent may
 * agree alone, and the first payment soon — so the opening offer is one the agent can sign at once.
 */
public record OpeningOffer(BigDecimal downPayment, int instalments, int daysToFirstPayment) {

    public static final int USUAL_INSTALMENTS = 6;
    public static final int USUAL_DAYS_TO_FIRST = 7;

    /** The offer inside {@code limits} (the policy's soft limits) for a balance. */
    public static OpeningOffer within(ArrangementLimits limits, Money balance) {
        var scale = MinorUnits.of(balance.currency());
        var down = balance.amount()
                .multiply(limits.minDownPaymentPercent())
                .divide(BigDecimal.valueOf(100), scale, RoundingMode.UP);
        var financed = balance.amount().subtract(down);
        int instalments = Math.min(USUAL_INSTALMENTS, limits.maxInstalments());
        while (instalments > 1
                && financed.divide(BigDecimal.valueOf(instalments), scale, RoundingMode.DOWN)
                                .compareTo(limits.minInstalmentAmount())
                        < 0) {
            instalments--;
        }
        return new OpeningOffer(down, instalments, Math.min(USUAL_DAYS_TO_FIRST, limits.maxDaysToFirstPayment()));
    }
}
