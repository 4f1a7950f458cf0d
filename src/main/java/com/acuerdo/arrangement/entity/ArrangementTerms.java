package com.acuerdo.arrangement.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figures of a proposed arrangement that a policy limits.
 *
 * @param instalments number of instalments after the down payment
 * @param downPaymentPercent down payment as % of the debt
 * @param instalmentAmount the smallest instalment, in the policy's currency
 * @param discountPercent discount (quita) as % of the debt
 * @param daysToFirstPayment days from the agreement to the first payment
 */
public record ArrangementTerms(
        int instalments,
        BigDecimal downPaymentPercent,
        BigDecimal instalmentAmount,
        BigDecimal discountPercent,
        int daysToFirstPayment) {

    public ArrangementTerms {
        Objects.requireNonNull(downPaymentPercent, "downPaymentPercent");
        Objects.requireNonNull(instalmentAmount, "instalmentAmount");
        Objects.requireNonNull(discountPercent, "discountPercent");
        if (instalments < 1 || daysToFirstPayment < 0) {
            throw new IllegalArgumentException("at least one instalment, first payment not in the past");
        }
    }
}
