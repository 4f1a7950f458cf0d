package com.acuerdo.operations.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit events of IT's operations on batch jobs. */
public enum JobEvent implements AuditType {
    JOB_STARTED,
    JOB_STOPPED,
    JOB_RESTARTED
}
