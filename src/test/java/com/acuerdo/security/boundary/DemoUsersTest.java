package com.acuerdo.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.security.entity.Role;
import org.junit.jupiter.api.Test;

class DemoUsersTest {

    @Test
    void the_demo_department_has_one_admin_one_qa_two_supervisors_and_twelve_agents() {
        assertThat(DemoUsers.withRole(Role.ADMIN))
                .extracting(DemoUser::username)
                .containsExactly("admin");
        assertThat(DemoUsers.withRole(Role.QA)).extracting(DemoUser::username).containsExactly("qa");
        assertThat(DemoUsers.withRole(Role.SUPERVISOR)).hasSize(2);
        assertThat(DemoUsers.withRole(Role.AGENT))
                .extracting(DemoUser::username)
                .containsExactly(
                        "agent01", "agent02", "agent03", "agent04", "agent05", "agent06", "agent07", "agent08",
                        "agent09", "agent10", "agent11", "agent12");
    }

    @Test
    void usernames_are_unique() {
        assertThat(DemoUsers.ALL).extracting(DemoUser::username).doesNotHaveDuplicates();
    }

    @Test
    void the_demo_password_meets_the_password_rule() {
        assertThat(PasswordRule.accepts(DemoUsers.PASSWORD)).isTrue();
    }

    @Test
    void the_password_rule_refuses_weak_passwords() {
        assertThat(PasswordRule.accepts("short1")).isFalse();
        assertThat(PasswordRule.accepts("onlyletters")).isFalse();
        assertThat(PasswordRule.accepts("12345678")).isFalse();
        assertThat(PasswordRule.accepts(null)).isFalse();
    }
}
