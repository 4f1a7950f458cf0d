package com.acuerdo.casework.batch;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types the nightly jobs record about cases; the subject is the case. */
public enum CaseEvent implements AuditType {
    CASE_OPENED,
    CASE_BUCKET_CHANGED,
    CASE_CURED,
    CASE_ESCALATED;

    public static final String CASE = "CASE";
}
