package com.acuerdo.security.boundary;

import static com.acuerdo.security.entity.SecurityEvent.USER;
import static com.acuerdo.security.entity.SecurityEvent.USER_CREATED;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.security.entity.Role;
import com.acuerdo.security.entity.UserAccount;
import com.acuerdo.security.entity.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A production database starts without users (the demo is never loaded there): the first start with
 * {@code ACUERDO_ADMIN_PASSWORD} set creates the user {@code admin}, who then creates everyone else.
 * Runs after the demo department so a demo start keeps its own users.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigrations", "DemoDepartment"})
public class FirstAdministrator {

    public static final String USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "acuerdo.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    UserAccountRepository users;

    @Inject
    Passwords passwords;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createWhenNobodyCanLogIn() {
        // Instances starting together take turns, so only one creates the administrator.
        em.createNativeQuery("SELECT id FROM reference_data_lock WHERE id = 1 FOR UPDATE")
                .getResultList();
        if (users.count() > 0) {
            return;
        }
        if (initialPassword.isEmpty()) {
            LOG.warning("No users exist: set ACUERDO_ADMIN_PASSWORD and restart to create the first administrator");
            return;
        }
        PasswordRule.check(initialPassword.get());
        users.add(new UserAccount(
                USERNAME,
                "Administrador",
                passwords.hash(initialPassword.get()),
                Set.of(Role.ADMIN),
                Locale.forLanguageTag("es"),
                ZoneId.of("UTC"),
                Instant.now(clock)));
        audit.recordAs(Audit.SYSTEM, USER_CREATED, USER, USERNAME, "first administrator, roles [ADMIN]");
        LOG.info("Created the first administrator '" + USERNAME + "'");
    }
}
