package com.acuerdo.assignment.boundary;

import java.io.Serializable;

/** The supervisor's filters on their teams' cases; null or false: not filtered. */
public record CaseFilter(
        Long caseId, Long agentId, String bucket, String product, String status, boolean unassigned, boolean escalated)
        implements Serializable {

    public static final CaseFilter OPEN = new CaseFilter(null, null, null, null, "OPEN", false, false);
}
