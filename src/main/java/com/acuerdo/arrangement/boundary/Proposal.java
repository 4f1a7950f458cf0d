package com.acuerdo.arrangement.boundary;

import com.acuerdo.arrangement.entity.Frequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What the agent proposes (the integration contract's arrangement request). */
public record Proposal(
        BigDecimal downPayment,
        int instalments,
        Frequency frequency,
        LocalDate firstDueOn,
        BigDecimal discountPercent) {

    public Proposal {
        Objects.requireNonNull(downPayment, "downPayment");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(firstDueOn, "firstDueOn");
        Objects.requireNonNull(discountPercent, "discountPercent");
    }
}
