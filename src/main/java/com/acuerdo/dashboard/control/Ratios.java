package com.acuerdo.dashboard.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The dashboard's arithmetic on its edges: a share over nothing is not zero but unknown (null, shown
 * as "—"), so an empty period never reads as a 0 % performance.
 */
public final class Ratios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {}

    /** {@code part} as a percentage of {@code whole}, one decimal (half up); null when whole is zero. */
    public static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** {@code part} as a percentage of {@code whole}, one decimal (half up); null when whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** {@code total / count}, two decimals (half up); null when count is zero. */
    public static BigDecimal mean(BigDecimal total, long count) {
        if (total == null || count == 0) {
            return null;
        }
        return total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** {@code total / count}, two decimals (half up); null when count is zero. */
    public static BigDecimal mean(long total, long count) {
        return mean(BigDecimal.valueOf(total), count);
    }
}
