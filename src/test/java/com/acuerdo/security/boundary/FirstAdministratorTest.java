package com.acuerdo.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.audit.AuditEvent;
import com.acuerdo.platform.audit.AuditType;
import com.acuerdo.security.entity.Role;
import com.acuerdo.security.entity.UserAccount;
import com.acuerdo.security.entity.UserAccountRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

    private final List<UserAccount> stored = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();

    @Test
    void an_empty_database_gets_an_administrator_with_the_configured_password() {
        start(Optional.of("Inicio.2026"));
        assertThat(stored).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
        });
        assertThat(audited).containsExactly("USER_CREATED admin");
    }

    @Test
    void nothing_is_created_when_users_exist() {
        stored.add(someone());
        start(Optional.of("Inicio.2026"));
        assertThat(stored).hasSize(1);
        assertThat(audited).isEmpty();
    }

    @Test
    void nothing_is_created_without_a_configured_password() {
        start(Optional.empty());
        assertThat(stored).isEmpty();
    }

    @Test
    void a_weak_initial_password_is_refused() {
        assertThatThrownBy(() -> start(Optional.of("short"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored).isEmpty();
    }

    private void start(Optional<String> password) {
        var bean = new FirstAdministrator();
        bean.initialPassword = password;
        bean.clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        bean.em = lockingEntityManager();
        bean.users = new UserAccountRepository() {
            @Override
            public long count() {
                return stored.size();
            }

            @Override
            public UserAccount add(UserAccount user) {
                stored.add(user);
                return user;
            }
        };
        bean.passwords = new Passwords() {
            @Override
            public String hash(String plain) {
                PasswordRule.check(plain);
                return "hashed:" + plain;
            }
        };
        bean.audit = new Audit() {
            @Override
            public AuditEvent recordAs(
                    String actor, AuditType type, String subjectType, Object subjectId, String detail) {
                audited.add(type.name() + " " + subjectId);
                return null;
            }
        };
        bean.createWhenNobodyCanLogIn();
    }

    /** Only the lock query is used: it answers with an empty result. */
    private static EntityManager lockingEntityManager() {
        var query = (Query) Proxy.newProxyInstance(
                Query.class.getClassLoader(), new Class<?>[] {Query.class}, (p, m, a) -> List.of());
        return (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (p, m, a) -> query);
    }

    private static UserAccount someone() {
        return new UserAccount(
                "ana",
                "Ana",
                "hash",
                java.util.Set.of(Role.AGENT),
                java.util.Locale.forLanguageTag("es"),
                java.time.ZoneId.of("UTC"),
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
