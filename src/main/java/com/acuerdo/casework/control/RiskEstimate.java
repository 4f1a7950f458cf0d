package com.acuerdo.casework.control;

import com.acuerdo.aging.entity.AgingBucket;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The risk part of the nightly priority while no scoring model feeds it: the older the debt and the
 * more promises broken, the likelier the client does not pay. 0.12 per bucket step and 0.10 per broken
 * promise above a 0.05 base, at most 0.99.
 */
public final class RiskEstimate {

    private RiskEstimate() {}

    public static BigDecimal of(AgingBucket worst, int brokenPromises) {
        if (brokenPromises < 0) {
            throw new IllegalArgumentException("broken promises cannot be negative");
        }
        double value = 0.05 + 0.12 * worst.ordinal() + 0.10 * brokenPromises;
        return BigDecimal.valueOf(Math.min(0.99, value)).setScale(2, RoundingMode.HALF_UP);
    }
}
