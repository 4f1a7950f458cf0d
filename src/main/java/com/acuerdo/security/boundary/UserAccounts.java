package com.acuerdo.security.boundary;

import static com.acuerdo.security.entity.SecurityEvent.PASSWORD_CHANGED;
import static com.acuerdo.security.entity.SecurityEvent.USER;
import static com.acuerdo.security.entity.SecurityEvent.USER_CREATED;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.security.entity.Role;
import com.acuerdo.security.entity.UserAccount;
import com.acuerdo.security.entity.UserAccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Users: created and looked after by an admin; everyone may read users and change their own password. */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.QA, Role.Names.ADMIN})
public class UserAccounts {

    @Inject
    UserAccountRepository users;

    @Inject
    Passwords passwords;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.Names.ADMIN)
    public UserView create(NewUser user) {
        if (users.findByUsername(user.username()).isPresent()) {
            throw new IllegalArgumentException("username already taken: " + user.username());
        }
        var created = users.add(new UserAccount(
                user.username(),
                user.displayName(),
                passwords.hash(user.password()),
                user.roles(),
                user.locale(),
                user.timeZone(),
                Instant.now(clock)));
        audit.record(USER_CREATED, USER, created.username(), "roles " + user.roles());
        return UserView.of(created);
    }

    public Optional<UserView> find(String username) {
        return users.findByUsername(username).map(UserView::of);
    }

    /** The caller changes their own password, proving they know the current one. */
    public boolean changeOwnPassword(String currentPassword, String newPassword) {
        var user = users.findByUsername(session.getCallerPrincipal().getName()).orElseThrow();
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            return false;
        }
        user.changePasswordHash(passwords.hash(newPassword));
        audit.record(PASSWORD_CHANGED, USER, user.username(), "by the user");
        return true;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void resetPassword(String username, String newPassword) {
        var user = users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("unknown user"));
        user.changePasswordHash(passwords.hash(newPassword));
        user.unlock();
        audit.record(PASSWORD_CHANGED, USER, user.username(), "reset by an admin");
    }
}
