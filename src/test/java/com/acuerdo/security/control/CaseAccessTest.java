package com.acuerdo.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.security.entity.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseAccessTest {

    private static final List<String> TEAM_OF_AGENT01 = List.of("supervisor1");

    @Test
    void an_agent_may_touch_their_own_case() {
        assertThat(new CaseAccess("agent01", Set.of(Role.AGENT)).allows("agent01", TEAM_OF_AGENT01))
                .isTrue();
    }

    @Test
    void an_agent_may_not_touch_another_agents_case() {
        assertThat(new CaseAccess("agent02", Set.of(Role.AGENT)).allows("agent01", TEAM_OF_AGENT01))
                .isFalse();
    }

    @Test
    void an_agent_may_not_touch_an_unassigned_case() {
        assertThat(new CaseAccess("agent02", Set.of(Role.AGENT)).allows(null, List.of()))
                .isFalse();
    }

    @Test
    void a_supervisor_may_touch_their_teams_cases_only() {
        assertThat(new CaseAccess("supervisor1", Set.of(Role.SUPERVISOR)).allows("agent01", TEAM_OF_AGENT01))
                .isTrue();
        assertThat(new CaseAccess("supervisor2", Set.of(Role.SUPERVISOR)).allows("agent01", TEAM_OF_AGENT01))
                .isFalse();
    }

    @Test
    void an_admin_may_touch_every_case() {
        assertThat(new CaseAccess("admin", Set.of(Role.ADMIN)).allows("agent01", TEAM_OF_AGENT01))
                .isTrue();
    }

    @Test
    void qa_does_not_reach_cases_directly() {
        assertThat(new CaseAccess("qa", Set.of(Role.QA)).allows("agent01", TEAM_OF_AGENT01))
                .isFalse();
    }
}
