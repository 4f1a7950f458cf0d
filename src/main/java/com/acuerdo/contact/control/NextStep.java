package com.acuerdo.contact.control;

/** What the agent and the client agreed to do after a contact (stored by name on the contact). */
public enum NextStep {
    NONE,
    PROMISE,
    ARRANGEMENT,
    CALLBACK,
    SEND_STATEMENT,
    SEND_PAYMENT_DETAILS,
    CLARIFY_CHARGE,
    SUPERVISOR_REVIEW;

    /** A promise or an arrangement: the conversation turned into a negotiation. */
    public boolean isNegotiation() {
        return this == PROMISE || this == ARRANGEMENT;
    }
}
