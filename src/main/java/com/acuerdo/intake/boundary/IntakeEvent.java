package com.acuerdo.intake.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit events of the intake. */
public enum IntakeEvent implements AuditType {
    /** A file was sent to the API or uploaded on the jobs page, and its import job started. */
    IMPORT_STARTED,
    /** A file of the inbox was imported by the nightly chain. */
    INBOX_IMPORTED
}
