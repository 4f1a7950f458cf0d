package com.acuerdo.casework.entity;

/** A case moved between agents (and maybe teams): what a service audits. */
public record Reassignment(Long fromAgentId, Long fromTeamId, Long toAgentId, Long toTeamId, String reason) {}
