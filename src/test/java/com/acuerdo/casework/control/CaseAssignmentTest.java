package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.CaseAssignment.Load;
import com.acuerdo.casework.control.CaseAssignment.Request;
import com.acuerdo.casework.control.CaseAssignment.Seat;
import com.acuerdo.casework.control.CaseAssignment.TeamRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    // --- skills, capacity, availability, continuity, balance ---------------------------------

    private static Seat skilled(long id, long team, String languages, String products, String buckets, int capacity) {
        return new Seat(id, team, set(languages), set(products), set(buckets), capacity, true);
    }

    private static Set<String> set(String values) {
        return values.isBlank() ? Set.of() : Set.of(values.split(" "));
    }

    private static Request request(String bucket, String product, String language) {
        return Request.of(AgingBucket.valueOf(bucket), product, language, BigDecimal.ZERO);
    }

    private static CaseAssignment rule(Map<Long, Load> loads, int spread, Seat... seats) {
        return new CaseAssignment(List.of(new TeamRule(ANY, Set.of(), Set.of())), List.of(seats), loads, spread);
    }

    @ParameterizedTest(name = "skills [{0}] [{1}] [{2}] take {3} {4} {5}: {6}")
    @CsvSource({
        "ES, CREDIT_CARD, DPD_1_29, DPD_1_29, CREDIT_CARD, ES, true",
        "ES, CREDIT_CARD, DPD_1_29, DPD_1_29, CREDIT_CARD, es, true",
        "EN, CREDIT_CARD, DPD_1_29, DPD_1_29, CREDIT_CARD, ES, false",
        "ES, AUTO_LOAN, DPD_1_29, DPD_1_29, CREDIT_CARD, ES, false",
        "ES, CREDIT_CARD, DPD_30_59, DPD_1_29, CREDIT_CARD, ES, false",
        "'', '', '', DPD_90_119, MORTGAGE, EN, true",
        "ES EN, '', DPD_1_29 DPD_30_59, DPD_30_59, MORTGAGE, EN, true",
    })
    void an_agent_takes_only_what_their_skills_list(
            String languages,
            String products,
            String buckets,
            String bucket,
            String product,
            String language,
            boolean taken) {
        var assignment = rule(Map.of(), 0, skilled(10, ANY, languages, products, buckets, 10));

        assertThat(assignment.assign(request(bucket, product, language)).isPresent())
                .isEqualTo(taken);
    }

    @ParameterizedTest(name = "{0} open of capacity {1}: taken {2}")
    @CsvSource({"0, 1, true", "9, 10, true", "10, 10, false", "11, 10, false"})
    void an_agent_at_capacity_takes_no_more(int open, int capacity, boolean taken) {
        var assignment = rule(Map.of(10L, new Load(open, BigDecimal.ZERO)), 0, skilled(10, ANY, "", "", "", capacity));

        assertThat(assignment.assign(request("DPD_1_29", "CREDIT_CARD", "ES")).isPresent())
                .isEqualTo(taken);
    }

    @Test
    void capacity_counts_what_the_rule_hands_out() {
        var assignment = rule(Map.of(), 0, skilled(10, ANY, "", "", "", 2), skilled(11, ANY, "", "", "", 1));

        var chosen = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> assignment.assign(request("DPD_1_29", "CREDIT_CARD", "ES")))
                .toList();

        assertThat(chosen.stream().filter(java.util.Optional::isPresent)).hasSize(3);
        assertThat(assignment.loadOf(10)).isEqualTo(2);
        assertThat(assignment.loadOf(11)).isEqualTo(1);
    }

    @Test
    void an_absent_agent_gets_nothing_and_a_teammate_covers() {
        var absent = new Seat(10, EARLY, Set.of(), Set.of(), Set.of(), 50, false);
        var assignment = rule(Map.of(), 0, absent, skilled(11, EARLY, "", "", "", 50));

        assertThat(assignment.assign(request("DPD_1_29", "CREDIT_CARD", "ES")))
                .contains(new CaseAssignment.Choice(11, EARLY));
    }

    @Test
    void an_absent_previous_agent_does_not_keep_the_client_but_does_on_return() {
        var absent = new Seat(10, EARLY, Set.of(), Set.of(), Set.of(), 50, false);
        var back = new Seat(10, EARLY, Set.of(), Set.of(), Set.of(), 50, true);
        var teammate = skilled(11, EARLY, "", "", "", 50);
        var loads = Map.of(11L, new Load(0, BigDecimal.ZERO), 10L, new Load(30, BigDecimal.ZERO));

        assertThat(rule(loads, 0, absent, teammate)
                        .assign(request("DPD_1_29", "CREDIT_CARD", "ES").keeping(10L)))
                .contains(new CaseAssignment.Choice(11, EARLY));
        assertThat(rule(loads, 0, back, teammate)
                        .assign(request("DPD_1_29", "CREDIT_CARD", "ES").keeping(10L)))
                .contains(new CaseAssignment.Choice(10, EARLY));
    }

    @Test
    void continuity_yields_to_missing_skills_and_full_capacity() {
        var english = skilled(10, EARLY, "EN", "", "", 50);
        var full = skilled(12, EARLY, "ES", "", "", 5);
        var other = skilled(11, EARLY, "ES", "", "", 50);
        var assignment = rule(Map.of(12L, new Load(5, BigDecimal.ZERO)), 0, english, full, other);

        assertThat(assignment.assign(request("DPD_1_29", "CREDIT_CARD", "ES").keeping(10L)))
                .contains(new CaseAssignment.Choice(11, EARLY));
        assertThat(assignment.assign(request("DPD_1_29", "CREDIT_CARD", "ES").keeping(12L)))
                .contains(new CaseAssignment.Choice(11, EARLY));
    }

    @Test
    void a_cover_stays_within_the_team_and_never_goes_back_to_the_agent_it_leaves() {
        var assignment = rule(
                Map.of(10L, new Load(0, BigDecimal.ZERO)),
                0,
                skilled(10, EARLY, "", "", "", 50),
                skilled(11, EARLY, "", "", "", 50),
                skilled(20, LATE, "", "", "", 50));
        var leaving = request("DPD_1_29", "CREDIT_CARD", "ES").withinTeamExcept(EARLY, 10);

        assertThat(assignment.assign(leaving)).contains(new CaseAssignment.Choice(11, EARLY));
        assertThat(assignment.assign(leaving)).contains(new CaseAssignment.Choice(11, EARLY));
    }

    @Test
    void a_cover_with_no_teammate_free_is_no_choice() {
        var assignment = rule(Map.of(), 0, skilled(10, EARLY, "", "", "", 50), skilled(20, LATE, "", "", "", 50));

        assertThat(assignment.assign(request("DPD_1_29", "CREDIT_CARD", "ES").withinTeamExcept(EARLY, 10)))
                .isEmpty();
    }

    @ParameterizedTest(name = "spread {0}%: the case goes to agent {1}")
    @CsvSource({
        // agent 10: 10 of 100 open, balance 50,000; agent 11: 14 of 100 open, balance 1,000
        "0, 10",
        "3, 10",
        "4, 11",
        "20, 11",
    })
    void within_the_spread_the_smaller_balance_wins(int spread, long expected) {
        var loads = Map.of(
                10L, new Load(10, new BigDecimal("50000")),
                11L, new Load(14, new BigDecimal("1000")));
        var assignment = rule(loads, spread, skilled(10, EARLY, "", "", "", 100), skilled(11, EARLY, "", "", "", 100));

        assertThat(assignment.assign(request("DPD_1_29", "CREDIT_CARD", "ES")))
                .map(CaseAssignment.Choice::agentId)
                .contains(expected);
    }

    @Test
    void balances_and_counts_stay_within_the_spread_over_many_cases() {
        var assignment = rule(
                Map.of(),
                5,
                skilled(10, EARLY, "", "", "", 1000),
                skilled(11, EARLY, "", "", "", 1000),
                skilled(12, EARLY, "", "", "", 1000));
        for (int i = 0; i < 600; i++) {
            var balance = new BigDecimal(100 + (i * 37) % 900);
            assignment.assign(Request.of(AgingBucket.DPD_1_29, "CREDIT_CARD", "ES", balance));
        }

        var counts = List.of(assignment.loadOf(10), assignment.loadOf(11), assignment.loadOf(12));
        var balances = List.of(assignment.balanceOf(10), assignment.balanceOf(11), assignment.balanceOf(12));
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(600);
        assertThat(java.util.Collections.max(counts) - java.util.Collections.min(counts))
                .isLessThanOrEqualTo(50 + 1);
        assertThat(java.util.Collections.max(balances).subtract(java.util.Collections.min(balances)))
                .isLessThanOrEqualTo(new BigDecimal("1000"));
    }

    @Test
    void release_lowers_the_load_of_the_agent_a_case_leaves() {
        var assignment = rule(Map.of(10L, new Load(3, new BigDecimal("300"))), 0, skilled(10, EARLY, "", "", "", 5));

        assignment.release(10, new BigDecimal("100"));

        assertThat(assignment.loadOf(10)).isEqualTo(2);
        assertThat(assignment.balanceOf(10)).isEqualByComparingTo("200");
    }

    @Test
    void a_team_limited_to_languages_takes_only_those_clients() {
        var teams =
                List.of(new TeamRule(EARLY, Set.of(), Set.of(), Set.of("EN")), new TeamRule(ANY, Set.of(), Set.of()));
        var assignment = new CaseAssignment(
                teams, List.of(skilled(10, EARLY, "", "", "", 50), skilled(20, ANY, "", "", "", 50)), Map.of(), 0);

        assertThat(assignment.assign(request("DPD_1_29", "CREDIT_CARD", "ES")))
                .contains(new CaseAssignment.Choice(20, ANY));
    }

    @Test
    void the_most_specific_team_wins() {
        var teams = List.of(
                new TeamRule(EARLY, Set.of("DPD_60_89"), Set.of()),
                new TeamRule(LATE, Set.of("DPD_60_89"), Set.of("MORTGAGE"), Set.of("EN")),
                new TeamRule(ANY, Set.of(), Set.of()));
        var assignment = new CaseAssignment(
                teams,
                List.of(
                        skilled(10, EARLY, "", "", "", 50),
                        skilled(20, LATE, "", "", "", 50),
                        skilled(30, ANY, "", "", "", 50)),
                Map.of(),
                0);

        assertThat(assignment.assign(request("DPD_60_89", "MORTGAGE", "EN")))
                .contains(new CaseAssignment.Choice(20, LATE));
        assertThat(assignment.assign(request("DPD_60_89", "MORTGAGE", "ES")))
                .contains(new CaseAssignment.Choice(10, EARLY));
    }
}
