package com.acuerdo.demo.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit events of the demo department: one for the whole bulk load, not one per generated row. */
public enum DemoEvent implements AuditType {
    /** Written, with the users and teams, by the instance that claimed the load. */
    DEMO_LOAD_STARTED,
    DEMO_LOADED
}
