package com.acuerdo.strategy.entity;

/** The kinds of arrangement an agent may offer (a route's kind drives which screen it opens). */
public enum SolutionKind {
    PROMISE_TO_PAY,
    PAYMENT_ARRANGEMENT,
    DISCOUNT_SETTLEMENT,
    DUE_DATE_CHANGE,
    REFINANCE,
    HARDSHIP_PAUSE
}
