package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.security.entity.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseScopeTest {

    @Test
    void an_agent_sees_their_own_cases() {
        var scope = CaseScope.of(Set.of(Role.AGENT), Optional.of(7L), List.of());
        assertThat(scope.agentId()).contains(7L);
        assertThat(scope.isTeamView()).isFalse();
        assertThat(scope.condition()).isEqualTo("c.assignedAgentId = :agentId");
    }

    @Test
    void an_agent_without_an_agent_record_sees_nothing() {
        var scope = CaseScope.of(Set.of(Role.AGENT), Optional.empty(), List.of());
        assertThat(scope.isEmpty()).isTrue();
        assertThatThrownBy(scope::condition).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_agent_does_not_see_team_cases_even_if_teams_are_passed() {
        var scope = CaseScope.of(Set.of(Role.AGENT), Optional.of(7L), List.of(3L));
        assertThat(scope.teamIds()).isEmpty();
    }

    @Test
    void a_supervisor_sees_the_cases_of_the_teams_they_supervise() {
        var scope = CaseScope.of(Set.of(Role.SUPERVISOR), Optional.empty(), List.of(3L, 4L));
        assertThat(scope.teamIds()).containsExactlyInAnyOrder(3L, 4L);
        assertThat(scope.isTeamView()).isTrue();
        assertThat(scope.condition()).isEqualTo("c.teamId in :teamIds");
    }

    @Test
    void a_supervisor_of_no_team_sees_nothing() {
        assertThat(CaseScope.of(Set.of(Role.SUPERVISOR), Optional.empty(), List.of())
                        .isEmpty())
                .isTrue();
    }

    @Test
    void a_supervisor_who_also_works_cases_sees_both() {
        var scope = CaseScope.of(Set.of(Role.SUPERVISOR, Role.AGENT), Optional.of(7L), List.of(3L));
        assertThat(scope.condition()).isEqualTo("(c.assignedAgentId = :agentId or c.teamId in :teamIds)");
    }

    @Test
    void an_admin_sees_every_case() {
        var scope = CaseScope.of(Set.of(Role.ADMIN), Optional.empty(), List.of());
        assertThat(scope.all()).isTrue();
        assertThat(scope.isEmpty()).isFalse();
        assertThat(scope.condition()).isEqualTo("1 = 1");
    }

    @Test
    void qa_sees_no_cases() {
        assertThat(CaseScope.of(Set.of(Role.QA), Optional.of(7L), List.of(3L)).isEmpty())
                .isTrue();
    }
}
