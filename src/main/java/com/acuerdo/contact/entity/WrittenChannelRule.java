package com.acuerdo.contact.entity;

/** What a jurisdiction asks before an SMS or e-mail goes to a client. */
public enum WrittenChannelRule {
    /** Only channels the client consented to (authorised). */
    CONSENT_REQUIRED,
    /** Allowed unless the client opted out. */
    OPT_OUT_HONOURED
}
