package com.acuerdo.contact.entity;

/** Restrictions on contact (integration contract: POST /accounts/{id}/restrictions). */
public enum RestrictionType {
    /** Cease-contact request: nothing but the confirmation. */
    CEASE,
    /** Disputed debt: no collection contact until resolved; days past due pause. */
    DISPUTE,
    NO_CALL,
    NO_SMS,
    NO_EMAIL,
    /** Approved hardship pause: days past due pause. */
    PAUSE;

    /** Paused periods do not add days past due. */
    public boolean pausesAging() {
        return this == DISPUTE || this == PAUSE;
    }
}
