package com.acuerdo.promise.batch;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types of the nightly promise follow-up; the subject is the promise or arrangement. */
public enum FollowUpEvent implements AuditType {
    PROMISE_KEPT,
    PROMISE_PARTIAL,
    PROMISE_BROKEN,
    INSTALMENT_PAID,
    INSTALMENT_PARTIAL,
    INSTALMENT_MISSED,
    ARRANGEMENT_BROKEN,
    ARRANGEMENT_COMPLETED;

    public static final String PROMISE = "PROMISE";
    public static final String ARRANGEMENT = "ARRANGEMENT";
}
