package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.CaseAssignment.Seat;
import com.acuerdo.casework.control.CaseAssignment.TeamRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseAssignmentTest {

    private static final long EARLY = 1;
    private static final long LATE = 2;
    private static final long ANY = 3;

    private static final List<TeamRule> TEAMS = List.of(
            new TeamRule(EARLY, Set.of("DPD_1_29", "DPD_30_59"), Set.of()),
            new TeamRule(LATE, Set.of("DPD_90_119", "DPD_120_179", "DPD_180_PLUS"), Set.of("CREDIT_CARD")),
            new TeamRule(ANY, Set.of(), Set.of()));

    private static CaseAssignment assignment(Map<Long, Integer> load, Seat... seats) {
        return new CaseAssignment(TEAMS, List.of(seats), load);
    }

    @Test
    void the_team_made_for_the_bucket_takes_the_case() {
        var assignment =
                assignment(Map.of(), new Seat(10, EARLY, Set.of("ES"), 50), new Seat(20, ANY, Set.of("ES"), 50));

        assertThat(assignment.assign(AgingBucket.DPD_1_29, "CREDIT_CARD", "ES", null))
                .contains(new CaseAssignment.Choice(10, EARLY));
    }

    @Test
    void a_team_that_takes_any_bucket_takes_what_no_team_is_made_for() {
        var assignment =
                assignment(Map.of(), new Seat(10, EARLY, Set.of("ES"), 50), new Seat(20, ANY, Set.of("ES"), 50));

        assertThat(assignment.assign(AgingBucket.DPD_60_89, "MORTGAGE", "ES", null))
                .contains(new CaseAssignment.Choice(20, ANY));
    }

    @Test
    void a_team_limited_to_products_does_not_take_others() {
        var assignment =
                assignment(Map.of(), new Seat(10, LATE, Set.of("ES"), 50), new Seat(20, ANY, Set.of("ES"), 50));

        assertThat(assignment.assign(AgingBucket.DPD_120_179, "AUTO_LOAN", "ES", null))
                .contains(new CaseAssignment.Choice(20, ANY));
        assertThat(assignment.assign(AgingBucket.DPD_120_179, "CREDIT_CARD", "ES", null))
                .contains(new CaseAssignment.Choice(10, LATE));
    }

    @Test
    void the_least_loaded_agent_speaking_the_clients_language_gets_it_and_loads_spread() {
        var assignment = assignment(
                Map.of(10L, 5, 11L, 3, 12L, 0),
                new Seat(10, EARLY, Set.of("ES", "EN"), 50),
                new Seat(11, EARLY, Set.of("EN"), 50),
                new Seat(12, EARLY, Set.of("ES"), 50));

        assertThat(assignment.assign(AgingBucket.DPD_1_29, "CREDIT_CARD", "en", null))
                .contains(new CaseAssignment.Choice(11, EARLY));
        assertThat(assignment.loadOf(11)).isEqualTo(4);
        assertThat(assignment.assign(AgingBucket.DPD_1_29, "CREDIT_CARD", "ES", null))
                .contains(new CaseAssignment.Choice(12, EARLY));
    }

    @Test
    void load_counts_against_capacity() {
        var assignment = assignment(
                Map.of(10L, 10, 11L, 6), new Seat(10, EARLY, Set.of("ES"), 100), new Seat(11, EARLY, Set.of("ES"), 20));

        assertThat(assignment.assign(AgingBucket.DPD_1_29, "CREDIT_CARD", "ES", null))
                .contains(new CaseAssignment.Choice(10, EARLY));
    }

    @Test
    void the_same_agent_keeps_the_client_while_active() {
        var assignment =
                assignment(Map.of(10L, 40), new Seat(10, ANY, Set.of("ES"), 50), new Seat(12, EARLY, Set.of("ES"), 50));

        assertThat(assignment.assign(AgingBucket.DPD_1_29, "CREDIT_CARD", "ES", 10L))
                .contains(new CaseAssignment.Choice(10, ANY));
        assertThat(assignment.assign(AgingBucket.DPD_1_29, "CREDIT_CARD", "ES", 99L))
                .contains(new CaseAssignment.Choice(12, EARLY));
    }

    @Test
    void without_agents_nobody_is_chosen() {
        assertThat(assignment(Map.of()).assign(AgingBucket.DPD_1_29, "CREDIT_CARD", "ES", null))
                .isEmpty();
    }
}
