package com.acuerdo.platform.outbox;

public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED,
    /** Refused before sending (the contact guard or the tone check): never retried. */
    REFUSED
}
