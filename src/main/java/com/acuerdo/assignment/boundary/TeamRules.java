package com.acuerdo.assignment.boundary;

import java.io.Serializable;
import java.util.List;

/** Which cases a team takes (empty: any), for the supervisor to edit. Names of enum values. */
public record TeamRules(long teamId, String name, List<String> products, List<String> buckets, List<String> languages)
        implements Serializable {}
