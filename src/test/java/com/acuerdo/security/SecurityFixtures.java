package com.acuerdo.security;

import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
import com.acuerdo.testing.FixtureUsers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * TEST ONLY (added to SecurityIT's archive, never shipped): a fresh agent for tests that lock a user
 * out, so no demo user is ever locked in a database shared by several test classes.
 */
@Stateless
@Path("test-fixtures/security")
@RolesAllowed(Role.Names.ADMIN)
public class SecurityFixtures {

    public static final String PASSWORD = "Bloqueo.2026";

    @Inject
    UserAccounts users;

    @POST
    @Path("agent")
    @Produces(MediaType.APPLICATION_JSON)
    public Fresh freshAgent() {
        var username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        FixtureUsers.create(users, username, "Usuario de bloqueo", PASSWORD, Role.AGENT, FixtureUsers.BOGOTA);
        return new Fresh(username);
    }

    public record Fresh(String username) {}
}
