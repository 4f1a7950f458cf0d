package com.acuerdo.security.control;

import com.acuerdo.security.entity.Role;
import java.util.Collection;

/** Where each role lands after login; a user with several roles lands on the broadest home. */
public final class HomePage {

    public static final String LOGIN = "/login.xhtml";

    private HomePage() {}

    public static String of(Collection<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return "/admin/jobs.xhtml";
        }
        if (roles.contains(Role.SUPERVISOR)) {
            return "/supervisor/team.xhtml";
        }
        if (roles.contains(Role.QA)) {
            return "/qa/queue.xhtml";
        }
        if (roles.contains(Role.AGENT)) {
            return "/agent/worklist.xhtml";
        }
        return LOGIN;
    }
}
