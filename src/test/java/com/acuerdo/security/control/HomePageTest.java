package com.acuerdo.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.security.entity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HomePageTest {

    @ParameterizedTest
    @CsvSource({
        "AGENT, /agent/worklist.xhtml",
        "SUPERVISOR, /supervisor/team.xhtml",
        "QA, /qa/queue.xhtml",
        "ADMIN, /admin/jobs.xhtml"
    })
    void each_role_lands_on_its_home(Role role, String home) {
        assertThat(HomePage.of(Set.of(role))).isEqualTo(home);
    }

    @Test
    void several_roles_land_on_the_broadest_home() {
        assertThat(HomePage.of(Set.of(Role.AGENT, Role.SUPERVISOR))).isEqualTo("/supervisor/team.xhtml");
    }

    @Test
    void no_role_means_the_login_page() {
        assertThat(HomePage.of(Set.of())).isEqualTo(HomePage.LOGIN);
    }
}
