package com.acuerdo.security.entity;

/** The four roles of DESIGN.md; the names are the Jakarta Security group names. */
public enum Role {
    AGENT,
    SUPERVISOR,
    QA,
    ADMIN;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String AGENT = "AGENT";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String QA = "QA";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
