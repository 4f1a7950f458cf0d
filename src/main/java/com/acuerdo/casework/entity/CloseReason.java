package com.acuerdo.casework.entity;

public enum CloseReason {
    /** Every account back to current. */
    CURED,
    CHARGED_OFF,
    DECEASED,
    OTHER
}
