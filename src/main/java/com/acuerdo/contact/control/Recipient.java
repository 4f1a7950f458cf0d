package com.acuerdo.contact.control;

/** Whom the contact reaches: the client, or someone else (family, employer, a reference). */
public enum Recipient {
    CLIENT,
    THIRD_PARTY
}
