package com.acuerdo.strategy.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit events of the strategy configuration. */
public enum ConfigurationEvent implements AuditType {
    CONFIG_SCHEDULED,
    CONFIG_PROPOSED,
    CONFIG_PROPOSAL_APPROVED,
    CONFIG_PROPOSAL_REJECTED
}
