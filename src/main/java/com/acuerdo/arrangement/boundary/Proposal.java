package com.acuerdo.arrangement.boundary;

import com.acuerdo.arrangement.entity.Frequency;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the agent proposes (the integration contract's arrangement request). */
public record Proposal(
        @NotNull BigDecimal downPayment,
        int instalments,
        @NotNull Frequency frequency,
        @NotNull LocalDate firstDueOn,
        @NotNull BigDecimal discountPercent) {}
