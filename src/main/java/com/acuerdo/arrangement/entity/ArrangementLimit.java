package com.acuerdo.arrangement.entity;

/** The limits an arrangement is checked against; a breach names one. */
public enum ArrangementLimit {
    MAX_INSTALMENTS,
    MIN_DOWN_PAYMENT,
    MIN_INSTALMENT,
    MAX_DISCOUNT,
    MAX_DAYS_TO_FIRST_PAYMENT
}
