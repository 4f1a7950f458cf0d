package com.acuerdo.security.entity;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types of sign-in and access control. */
public enum SecurityEvent implements AuditType {
    LOGIN,
    LOGIN_FAILED,
    LOCKED_OUT,
    LOGOUT,
    ACCESS_DENIED,
    USER_CREATED,
    PASSWORD_CHANGED;

    /** The subject type of events about a user. */
    public static final String USER = "USER";
}
