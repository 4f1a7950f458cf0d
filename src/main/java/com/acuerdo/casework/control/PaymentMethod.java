package com.acuerdo.casework.control;

/** A way for a client to pay the bank (the planning screen lists those open to them). */
public enum PaymentMethod {
    BANK_TRANSFER,
    ONLINE_BANKING,
    DEBIT_CARD,
    BRANCH,
    DIRECT_DEBIT,
    ACCOUNT_DEPOSIT,
    CASH_AT_STORES,
    CHECK_BY_MAIL
}
