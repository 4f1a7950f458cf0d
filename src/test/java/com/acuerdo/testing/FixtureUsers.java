package com.acuerdo.testing;

import com.acuerdo.security.boundary.NewUser;
import com.acuerdo.security.boundary.UserAccounts;
import com.acuerdo.security.entity.Role;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * TEST ONLY (in every test archive through {@link Deployments#acuerdo()}, never shipped): the users
 * the fixture classes create through the real {@link UserAccounts} boundary — Spanish-speaking, one
 * role, a password the tests sign in with — and their usernames looked up by id.
 */
public final class FixtureUsers {

    public static final String BOGOTA = "America/Bogota";
    public static final String MEXICO_CITY = "America/Mexico_City";

    private FixtureUsers() {}

    /** A new Spanish-speaking user with one role in the given zone; its id. */
    public static long create(
            UserAccounts users, String username, String displayName, String password, Role role, String zone) {
        return users.create(new NewUser(
                        username, displayName, password, Set.of(role), Locale.forLanguageTag("es"), ZoneId.of(zone)))
                .id();
    }

    /** The username of a stored user. */
    public static String username(EntityManager em, long userId) {
        return em.createQuery("select u.username from UserAccount u where u.id = :id", String.class)
                .setParameter("id", userId)
                .getSingleResult();
    }
}
