package com.acuerdo.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.aging.entity.AgingBucket;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static Tally agent(
            long kept, long broken, long attempts, long rightParty, String collected, String outstanding) {
        var t = new Tally();
        t.promisesMade = kept + broken + 1; // one still pending
        t.promisesKept = kept;
        t.promisesBroken = broken;
        t.attempts = attempts;
        t.rightPartyContacts = rightParty;
        t.collected = new BigDecimal(collected);
        t.outstanding = new BigDecimal(outstanding);
        return t;
    }

    @Test
    void promise_shares_are_over_resolved_promises_not_pending_ones() {
        var t = agent(3, 1, 0, 0, "0", "0");
        t.promisesPartial = 1;
        var f = Figures.of(t);
        assertThat(f.promisesMade()).isEqualTo(5);
        assertThat(f.keptPercent()).isEqualByComparingTo("60.0");
        assertThat(f.brokenPercent()).isEqualByComparingTo("20.0");
    }

    @Test
    void recovery_is_collected_over_collected_plus_still_unpaid() {
        var f = Figures.of(agent(0, 0, 0, 0, "250", "750"));
        assertThat(f.due()).isEqualByComparingTo("1000");
        assertThat(f.recoveryPercent()).isEqualByComparingTo("25.0");
    }

    @Test
    void contact_figures_per_attempt_and_per_agent_day() {
        var t = agent(0, 0, 8, 2, "0", "0");
        t.contacts = 10;
        t.agentDays = 4;
        t.guardRefusals = 2;
        var f = Figures.of(t);
        assertThat(f.rightPartyPercent()).isEqualByComparingTo("25.0");
        assertThat(f.contactsPerAgentDay()).isEqualByComparingTo("2.50");
        assertThat(f.refusedPercent()).isEqualByComparingTo("20.0");
    }

    @Test
    void an_empty_period_has_counts_of_zero_and_no_shares() {
        var f = Figures.of(new Tally());
        assertThat(f.promisesMade()).isZero();
        assertThat(f.attempts()).isZero();
        assertThat(f.keptPercent()).isNull();
        assertThat(f.rightPartyPercent()).isNull();
        assertThat(f.contactsPerAgentDay()).isNull();
        assertThat(f.refusedPercent()).isNull();
        assertThat(f.recoveryPercent()).isNull();
        assertThat(f.retentionPercent()).isNull();
        assertThat(f.mobilityPercent()).isNull();
        assertThat(f.averageScore()).isNull();
        assertThat(f.cureRate()).isNull();
    }

    @Test
    void the_team_adds_its_agents_tallies_rather_than_averaging_their_shares() {
        var a = agent(1, 0, 1, 1, "100", "0"); // 100 % recovery on 100
        var b = agent(0, 3, 9, 0, "0", "900"); // 0 % on 900
        a.rolls.add(AgingBucket.DPD_1_29, AgingBucket.CURRENT, 1);
        b.rolls.add(AgingBucket.DPD_1_29, AgingBucket.DPD_30_59, 3);
        var team = Figures.of(a.plus(b));
        assertThat(team.recoveryPercent()).isEqualByComparingTo("10.0");
        assertThat(team.keptPercent()).isEqualByComparingTo("25.0");
        assertThat(team.rightPartyPercent()).isEqualByComparingTo("10.0");
        assertThat(team.cureRate()).isEqualByComparingTo("25.0");
    }

    @Test
    void retention_mobility_and_quality_come_from_their_counts() {
        var t = new Tally();
        t.curedCohort = 4;
        t.retained = 3;
        t.cures = 5;
        t.mobile = 2;
        t.reviews = 3;
        t.reviewScoreSum = new BigDecimal("250");
        var f = Figures.of(t);
        assertThat(f.retentionPercent()).isEqualByComparingTo("75.0");
        assertThat(f.mobilityPercent()).isEqualByComparingTo("40.0");
        assertThat(f.averageScore()).isEqualByComparingTo("83.33");
    }

    @Test
    void agents_rank_on_each_figure_with_ties_and_overall_on_their_mean_rank() {
        var best = agent(2, 0, 4, 2, "90", "10");
        var tied = agent(2, 0, 4, 2, "90", "10");
        var worst = agent(0, 2, 4, 0, "10", "90");
        var idle = new Tally(); // nothing to rank on
        var ranks = AgentRanks.of(List.of(Figures.of(best), Figures.of(tied), Figures.of(worst), Figures.of(idle)));
        assertThat(ranks.get(0).recovery()).isEqualTo(1);
        assertThat(ranks.get(1).recovery()).isEqualTo(1);
        assertThat(ranks.get(2).recovery()).isEqualTo(3);
        assertThat(ranks.get(3).recovery()).isNull();
        assertThat(ranks.stream().map(AgentRanks::overall)).containsExactly(1, 1, 3, null);
    }
}
