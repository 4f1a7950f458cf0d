package com.acuerdo.contact.entity;

/** Why a contact is made: a cease-contact request still allows its written confirmation. */
public enum ContactPurpose {
    COLLECTION,
    /** The written confirmation of a client's cease-contact request (letter or e-mail). */
    CEASE_CONFIRMATION;

    public boolean isConfirmationChannel(Channel channel) {
        return this == CEASE_CONFIRMATION && (channel == Channel.LETTER || channel == Channel.EMAIL);
    }
}
