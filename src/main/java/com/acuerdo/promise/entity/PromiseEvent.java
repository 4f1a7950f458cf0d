package com.acuerdo.promise.entity;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types of promises to pay; the subject is the promise (or the account when refused). */
public enum PromiseEvent implements AuditType {
    PROMISE_MADE,
    PROMISE_REFUSED,
    PROMISE_CANCELLED;

    public static final String PROMISE = "PROMISE";
    public static final String ACCOUNT = "ACCOUNT";
}
