package com.acuerdo.platform.outbox;

public enum OutboxStatus {
    PENDING,
    /** Claimed by one worker, which is sending it now; its not-before is the end of the claim. */
    SENDING,
    SENT,
    /** Given up after the last attempt, or interrupted mid-send (never resent: it may have gone out). */
    FAILED,
    /** Refused before sending (the contact guard or the tone check): never retried. */
    REFUSED
}
