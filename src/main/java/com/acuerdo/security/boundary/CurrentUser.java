package com.acuerdo.security.boundary;

import com.acuerdo.security.control.CaseAccess;
import com.acuerdo.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about the signed-in caller of this request, for screens ({@code #{currentUser}}) and for
 * boundaries applying the row-level rule ({@link #caseAccess()}): an agent reads and changes only
 * their own cases, a supervisor their team's, an admin all; a refusal is a {@link Forbidden}.
 *
 * <p>Request-scoped: usable in screens and REST calls, not in batch jobs (which have no caller).
 */
@Named
@RequestScoped
public class CurrentUser {

    static final ZoneId FALLBACK_ZONE = ZoneId.of("America/Bogota");

    @Inject
    SecurityContext security;

    @Inject
    UserAccounts accounts;

    private UserView loaded;
    private Set<Role> roles;
    private String rolesOf;

    public boolean isAuthenticated() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        var principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public Set<Role> getRoles() {
        // Asked many times per page (menus, the row-level rule); each answer is a JACC check.
        var username = getUsername();
        if (roles == null || !Objects.equals(rolesOf, username)) {
            var found = EnumSet.noneOf(Role.class);
            for (var role : Role.values()) {
                if (security.isCallerInRole(role.name())) {
                    found.add(role);
                }
            }
            roles = Collections.unmodifiableSet(found);
            rolesOf = username;
        }
        return roles;
    }

    /** The broadest role, for the header's label: ADMIN, SUPERVISOR, QA, then AGENT. */
    public String getPrimaryRole() {
        for (var role : new Role[] {Role.ADMIN, Role.SUPERVISOR, Role.QA, Role.AGENT}) {
            if (hasRole(role)) {
                return role.name();
            }
        }
        return null;
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public boolean isSupervisor() {
        return hasRole(Role.SUPERVISOR);
    }

    public boolean isQa() {
        return hasRole(Role.QA);
    }

    public boolean isAgent() {
        return hasRole(Role.AGENT);
    }

    public Long getUserId() {
        return user().map(UserView::id).orElse(null);
    }

    public String getDisplayName() {
        return user().map(UserView::displayName).orElseGet(this::getUsername);
    }

    public ZoneId getZone() {
        return user().map(UserView::timeZone).orElse(FALLBACK_ZONE);
    }

    public Locale getPreferredLocale() {
        return user().map(UserView::locale).orElse(Locale.forLanguageTag("es"));
    }

    /** The row-level rule with this caller's facts. */
    public CaseAccess caseAccess() {
        return new CaseAccess(getUsername(), getRoles());
    }

    private Optional<UserView> user() {
        var username = getUsername();
        if (username == null) {
            return Optional.empty();
        }
        if (loaded == null || !loaded.username().equals(username)) {
            loaded = accounts.find(username).orElse(null);
        }
        return Optional.ofNullable(loaded);
    }
}
