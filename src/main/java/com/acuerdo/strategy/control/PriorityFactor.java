package com.acuerdo.strategy.control;

/** The facts a worklist priority is made of; each part of a score names one. */
public enum PriorityFactor {
    BALANCE,
    DAYS_PAST_DUE,
    RISK,
    PROMISE_DUE_TODAY,
    BROKEN_PROMISES,
    CALLBACK_DUE,
    SINCE_LAST_CONTACT
}
