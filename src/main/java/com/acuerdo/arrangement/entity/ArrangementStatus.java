package com.acuerdo.arrangement.entity;

public enum ArrangementStatus {
    /** Beyond the policy's limits: a supervisor decides. */
    PENDING_APPROVAL,
    ACTIVE,
    REJECTED,
    COMPLETED,
    BROKEN,
    CANCELLED
}
