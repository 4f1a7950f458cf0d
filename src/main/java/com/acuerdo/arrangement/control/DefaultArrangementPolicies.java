package com.acuerdo.arrangement.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.entity.ArrangementLimits;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sensible bank defaults per product, for each currency the portfolio uses. Soft limits are what an
 * agent agrees alone; hard limits, with a supervisor. Charge-off candidates (180+) of unsecured
 * products get room for a larger settlement discount.
 */
public final class DefaultArrangementPolicies {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2000, 1, 1);

    /** Currencies of the jurisdictions served, with a rough size of one US dollar in each. */
    static final Map<String, BigDecimal> CURRENCIES = Map.of(
            "USD", BigDecimal.ONE,
            "MXN", BigDecimal.valueOf(20),
            "COP", BigDecimal.valueOf(4000),
            "CLP", BigDecimal.valueOf(900));

    private record Defaults(
            int softInstalments,
            int hardInstalments,
            int softDownPct,
            int hardDownPct,
            int softMinInstalmentUsd,
            int hardMinInstalmentUsd,
            int softDiscountPct,
            int hardDiscountPct,
            int softDaysToFirst,
            int hardDaysToFirst,
            int graceDays,
            int reminderDays) {}

    private DefaultArrangementPolicies() {}

    public static List<ArrangementPolicy> all() {
        var policies = new ArrayList<ArrangementPolicy>();
        for (var currency : List.of("USD", "MXN", "COP", "CLP")) {
            for (var product : Product.values()) {
                policies.add(policy(product, null, currency, defaults(product)));
            }
            policies.add(policy(Product.CREDIT_CARD, AgingBucket.DPD_180_PLUS, currency, chargeOffSettlement(12, 24)));
            policies.add(
                    policy(Product.PERSONAL_LOAN, AgingBucket.DPD_180_PLUS, currency, chargeOffSettlement(24, 36)));
        }
        return List.copyOf(policies);
    }

    private static Defaults defaults(Product product) {
        return switch (product) {
            case CREDIT_CARD -> new Defaults(12, 24, 10, 5, 25, 15, 10, 30, 15, 30, 5, 3);
            case PERSONAL_LOAN -> new Defaults(12, 36, 10, 5, 50, 30, 5, 20, 15, 30, 5, 3);
            case AUTO_LOAN -> new Defaults(12, 24, 15, 10, 100, 60, 0, 10, 15, 30, 5, 3);
            case MORTGAGE -> new Defaults(24, 60, 5, 2, 200, 120, 0, 5, 30, 45, 10, 5);
            case OVERDRAFT -> new Defaults(6, 12, 20, 10, 20, 10, 10, 25, 10, 20, 3, 2);
        };
    }

    private static Defaults chargeOffSettlement(int softInstalments, int hardInstalments) {
        return new Defaults(softInstalments, hardInstalments, 10, 5, 25, 15, 30, 50, 15, 30, 5, 3);
    }

    private static ArrangementPolicy policy(Product product, AgingBucket bucket, String currency, Defaults d) {
        var factor = CURRENCIES.get(currency);
        var soft = new ArrangementLimits(
                d.softInstalments(),
                BigDecimal.valueOf(d.softDownPct()),
                factor.multiply(BigDecimal.valueOf(d.softMinInstalmentUsd())),
                BigDecimal.valueOf(d.softDiscountPct()),
                d.softDaysToFirst());
        var hard = new ArrangementLimits(
                d.hardInstalments(),
                BigDecimal.valueOf(d.hardDownPct()),
                factor.multiply(BigDecimal.valueOf(d.hardMinInstalmentUsd())),
                BigDecimal.valueOf(d.hardDiscountPct()),
                d.hardDaysToFirst());
        return new ArrangementPolicy(
                product, bucket, currency, EFFECTIVE_FROM, soft, hard, d.graceDays(), d.reminderDays());
    }
}
