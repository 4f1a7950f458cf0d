package com.acuerdo.arrangement.entity;

public enum ArrangementStatus {
    /** Beyond the policy's limits: a supervisor decides. */
    PENDING_APPROVAL,
    ACTIVE,
    REJECTED,
    COMPLETED,
    BROKEN,
    CANCELLED;

    /** Agreed or waiting for the supervisor: an account has at most one such arrangement. */
    public boolean isLive() {
        return this == PENDING_APPROVAL || this == ACTIVE;
    }
}
