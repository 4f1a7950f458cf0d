package com.acuerdo.testing;

import com.acuerdo.security.entity.Role;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * TEST ONLY (in every test archive through {@link Deployments#acuerdo()}, never shipped): the steps
 * the request-scoped fixture resources share. They are not EJBs, so the boundaries' refusals reach
 * the API's error mapping; these turn them into what that mapping knows.
 */
public final class FixtureRequests {

    private FixtureRequests() {}

    /**
     * The boundary's own role check, as a 403: a caller that is not an EJB gets it as an
     * AccessLocalException, which the API's error mapping does not know.
     */
    public static <T> T asCaller(Supplier<T> call) {
        try {
            return call.get();
        } catch (AccessLocalException | EJBAccessException refused) {
            throw new ForbiddenException(refused.getMessage());
        }
    }

    /** A 403 unless the HTTP caller is an administrator. */
    public static void requireAdmin(SecurityContext security) {
        if (!security.isUserInRole(Role.Names.ADMIN)) {
            throw new ForbiddenException();
        }
    }

    /** An ISO date from a form or query parameter; none when blank. */
    public static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
