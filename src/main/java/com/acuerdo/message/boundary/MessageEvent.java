package com.acuerdo.message.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit events of messages to clients. */
public enum MessageEvent implements AuditType {
    /** An SMS or e-mail went into the outbox (and a contact was recorded). */
    MESSAGE_SENT,
    /** A letter was produced for printing (and a contact was recorded). */
    LETTER_PRODUCED,
    /** The contact guard refused a message: nothing was sent or recorded. */
    MESSAGE_REFUSED,
    /** The tone check refused a message's text: nothing was sent or recorded. */
    MESSAGE_TONE_REFUSED
}
