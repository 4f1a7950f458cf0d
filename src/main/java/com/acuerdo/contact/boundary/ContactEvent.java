package com.acuerdo.contact.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit events of contacts and contact restrictions. */
public enum ContactEvent implements AuditType {
    CONTACT_RECORDED,
    /** The guard refused an outbound contact: nothing was recorded as made. */
    CONTACT_REFUSED,
    RESTRICTION_RECORDED,
    RESTRICTION_LIFTED;

    public static final String CASE = "CASE";
    public static final String ACCOUNT = "ACCOUNT";
}
