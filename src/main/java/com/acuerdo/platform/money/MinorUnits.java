package com.acuerdo.platform.money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The decimals a currency allows (USD 2, CLP 0). Input with more decimals is refused rather than
 * rounded: the client agreed to the amount they said, not to a rounded one.
 */
public final class MinorUnits {

    private MinorUnits() {}

    public static int of(String currencyCode) {
        return Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
    }

    /** Whether the amount has no more decimals than the currency's (trailing zeros do not count). */
    public static boolean fits(BigDecimal amount, String currencyCode) {
        return decimalsOf(amount) <= of(currencyCode);
    }

    static int decimalsOf(BigDecimal amount) {
        return Math.max(amount.stripTrailingZeros().scale(), 0);
    }
}
