package com.acuerdo.arrangement.entity;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types of payment arrangements; the subject is the arrangement (or the account when refused). */
public enum ArrangementEvent implements AuditType {
    /** Inside the policy: active at once. */
    ARRANGEMENT_AGREED,
    /** Beyond the soft limits: into the approval queue. */
    ARRANGEMENT_SUBMITTED,
    ARRANGEMENT_REFUSED,
    ARRANGEMENT_APPROVED,
    ARRANGEMENT_REJECTED;

    public static final String ARRANGEMENT = "ARRANGEMENT";
    public static final String ACCOUNT = "ACCOUNT";
}
