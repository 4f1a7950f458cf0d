package com.acuerdo.security.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Users by username; runs in the caller's transaction. */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The name people know a user by; empty text for an unknown id (e.g. a removed user). */
    public String displayName(long userId) {
        return em.createQuery("select u.displayName from UserAccount u where u.id = :id", String.class)
                .setParameter("id", userId)
                .getResultStream()
                .findFirst()
                .orElse("");
    }

    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    public UserAccount add(UserAccount user) {
        em.persist(user);
        return user;
    }
}
