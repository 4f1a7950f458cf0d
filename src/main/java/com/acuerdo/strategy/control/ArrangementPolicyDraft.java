package com.acuerdo.strategy.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.entity.ArrangementLimits;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An arrangement policy as the screen edits it: per product, currency and bucket (null = any
 * bucket), the soft limits an agent may grant and the hard limits a supervisor may approve.
 */
public record ArrangementPolicyDraft(
        Product product,
        AgingBucket bucket,
        String currency,
        Limits soft,
        Limits hard,
        int graceDays,
        int reminderDaysBefore,
        int maxPromiseDays) {

    public record Limits(
            int maxInstalments,
            BigDecimal minDownPaymentPercent,
            BigDecimal minInstalmentAmount,
            BigDecimal maxDiscountPercent,
            int maxDaysToFirstPayment) {

        static Limits of(ArrangementLimits limits) {
            return new Limits(
                    limits.maxInstalments(),
                    limits.minDownPaymentPercent(),
                    limits.minInstalmentAmount(),
                    limits.maxDiscountPercent(),
                    limits.maxDaysToFirstPayment());
        }

        ArrangementLimits toLimits() {
            return new ArrangementLimits(
                    maxInstalments,
                    minDownPaymentPercent,
                    minInstalmentAmount,
                    maxDiscountPercent,
                    maxDaysToFirstPayment);
        }
    }

    public static ArrangementPolicyDraft of(ArrangementPolicy policy) {
        return new ArrangementPolicyDraft(
                policy.product(),
                policy.bucket().orElse(null),
                policy.currency(),
                Limits.of(policy.soft()),
                Limits.of(policy.hard()),
                policy.graceDays(),
                policy.reminderDaysBefore(),
                policy.maxPromiseDays());
    }

    /** The row; call only with a draft {@link ConfigurationRules#arrangementPolicy} accepts. */
    public ArrangementPolicy toPolicy(LocalDate effectiveFrom) {
        return new ArrangementPolicy(
                product,
                bucket,
                currency,
                effectiveFrom,
                soft.toLimits(),
                hard.toLimits(),
                graceDays,
                reminderDaysBefore,
                maxPromiseDays);
    }

    /** What a version replaces: the same product, currency and bucket. */
    public String key() {
        return product + "/" + currency + "/" + (bucket == null ? "ANY" : bucket.name());
    }
}
