package com.acuerdo.assignment.batch;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types of case assignment; the subject is the case (or the rules for a rule change). */
public enum AssignmentEvent implements AuditType {
    /** A new or orphaned case got its agent. */
    CASE_ASSIGNED,
    /** A supervisor moved a case. */
    CASE_REASSIGNED,
    /** An absent agent's case went to a teammate for the absence. */
    CASE_COVERED,
    /** The case went back to its agent the day after the absence. */
    CASE_RETURNED,
    /** Skills, capacity, absences, team rules or the balance spread changed. */
    ASSIGNMENT_RULES_CHANGED;

    public static final String CASE = "CASE";
}
