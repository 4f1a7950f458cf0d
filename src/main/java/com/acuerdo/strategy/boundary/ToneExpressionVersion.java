package com.acuerdo.strategy.boundary;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.tone.entity.ToneCategory;
import java.time.LocalDate;

/** An expression of the tone list, when it joins and leaves it, and whether it counts today. */
public record ToneExpressionVersion(
        long id,
        Language language,
        String expression,
        ToneCategory category,
        LocalDate effectiveFrom,
        LocalDate retiredFrom,
        boolean inForceToday,
        boolean scheduled) {}
