package com.acuerdo.security.entity;

import com.acuerdo.security.control.LoginState;
import com.acuerdo.security.control.LoginThrottle;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in to Acuerdo (screens and the REST API share these users). */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", length = 64, nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", length = 128, nullable = false)
    private String displayName;

    /** Salted PBKDF2, in Jakarta Security's {@code algorithm:iterations:salt:hash} form. */
    @Column(name = "password_hash", length = 512, nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 16, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "preferred_locale", length = 8, nullable = false)
    private String preferredLocale;

    @Column(name = "time_zone", length = 64, nullable = false)
    private String timeZone;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** Failed logins still inside the lockout window, as epoch milliseconds, comma-separated. */
    @Column(name = "recent_failures", length = 255)
    private String recentFailures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            Locale preferredLocale,
            ZoneId timeZone,
            Instant createdAt) {
        if (username == null || !username.matches("[a-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException("username must be 2-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.username = username;
        rename(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = new HashSet<>(roles);
        changePreferences(preferredLocale, timeZone);
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("display name is required");
        }
        this.displayName = newDisplayName.strip();
    }

    public void changePreferences(Locale locale, ZoneId zone) {
        this.preferredLocale = Objects.requireNonNull(locale).toLanguageTag();
        this.timeZone = Objects.requireNonNull(zone).getId();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void grant(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean isLockedAt(LoginThrottle throttle, Instant at) {
        return throttle.isLocked(loginState(), at);
    }

    /** Records a failed login; returns true when this failure locked the user. */
    public boolean recordFailedLogin(LoginThrottle throttle, Instant at) {
        boolean lockedBefore = isLockedAt(throttle, at);
        apply(throttle.afterFailure(loginState(), at));
        return !lockedBefore && isLockedAt(throttle, at);
    }

    public void recordSuccessfulLogin(LoginThrottle throttle) {
        if (recentFailures != null || lockedUntil != null) {
            apply(throttle.afterSuccess(loginState()));
        }
    }

    /** Lifts a lock by hand (an admin's decision). */
    public void unlock() {
        apply(LoginState.CLEAN);
    }

    private LoginState loginState() {
        List<Instant> failures = recentFailures == null || recentFailures.isBlank()
                ? List.of()
                : Arrays.stream(recentFailures.split(","))
                        .map(millis -> Instant.ofEpochMilli(Long.parseLong(millis)))
                        .toList();
        return new LoginState(failures, Optional.ofNullable(lockedUntil));
    }

    private void apply(LoginState state) {
        recentFailures = state.recentFailures().isEmpty()
                ? null
                : state.recentFailures().stream()
                        .map(instant -> Long.toString(instant.toEpochMilli()))
                        .collect(Collectors.joining(","));
        lockedUntil = state.lockedUntil().orElse(null);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public Locale preferredLocale() {
        return Locale.forLanguageTag(preferredLocale);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isActive() {
        return active;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
