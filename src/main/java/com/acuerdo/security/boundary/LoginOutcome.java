package com.acuerdo.security.boundary;

import com.acuerdo.security.entity.Role;
import java.util.Set;

/** What a sign-in attempt came to. Roles are empty unless it succeeded. */
public record LoginOutcome(Result result, String username, Set<Role> roles) {

    public enum Result {
        SUCCESS,
        /** Unknown user, wrong password or deactivated user: the caller is told only "wrong". */
        INVALID,
        LOCKED
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
