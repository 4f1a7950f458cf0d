package com.acuerdo.account.entity;

/** Credit products of the core bank (integration contract: accounts.product). */
public enum Product {
    CREDIT_CARD,
    PERSONAL_LOAN,
    AUTO_LOAN,
    MORTGAGE,
    OVERDRAFT
}
