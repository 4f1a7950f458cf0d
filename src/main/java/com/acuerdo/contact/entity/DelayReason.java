package com.acuerdo.contact.entity;

/** Motivo de mora: why the client has not paid; a fixed list that drives the next step. */
public enum DelayReason {
    FORGOT,
    NO_STATEMENT,
    INCOME_LOSS,
    ILLNESS,
    OVERINDEBTED,
    DISPUTES_CHARGE,
    SERVICE_COMPLAINT,
    WILL_NOT_PAY,
    DECEASED,
    OTHER
}
