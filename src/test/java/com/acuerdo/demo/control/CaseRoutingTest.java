package com.acuerdo.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRoutingTest {

    private static CaseRouting department() {
        var seats = new ArrayList<CaseRouting.Seat>();
        long id = 1;
        for (var agent : DemoOrganisation.AGENTS) {
            long teamId = DemoOrganisation.TEAMS.indexOf(DemoOrganisation.TEAMS.stream()
                    .filter(team -> team.name().equals(agent.team()))
                    .findFirst()
                    .orElseThrow());
            seats.add(new CaseRouting.Seat(id++, teamId, agent.team(), agent.languages(), agent.products()));
        }
        return new CaseRouting(seats);
    }

    @Test
    void a_case_goes_to_the_team_of_its_bucket_and_an_agent_who_speaks_the_client_s_language() {
        var routing = department();
        var seat = routing.assign(AgingBucket.DPD_120_179, Language.EN, Product.MORTGAGE);
        assertThat(DemoOrganisation.AGENTS.get((int) seat.agentId() - 1).username())
                .isEqualTo("agent12");
        var spanish = routing.assign(AgingBucket.DPD_1_29, Language.ES, Product.CREDIT_CARD);
        assertThat(DemoOrganisation.AGENTS.get((int) spanish.agentId() - 1).team())
                .isEqualTo(DemoOrganisation.PREVENTIVE);
    }

    @Test
    void work_is_spread_evenly_over_the_team() {
        var routing = department();
        for (int i = 0; i < 400; i++) {
            routing.assign(AgingBucket.DPD_60_89, Language.ES, Product.PERSONAL_LOAN);
        }
        List<Integer> loads = routing.seats().stream()
                .filter(seat -> seat.load() > 0)
                .map(CaseRouting.Seat::load)
                .toList();
        assertThat(loads).hasSize(4).allMatch(load -> load == 100);
    }

    @Test
    void every_team_has_an_english_speaker_and_every_bucket_a_team() {
        for (var bucket : EnumSet.complementOf(EnumSet.of(AgingBucket.CURRENT))) {
            var team = DemoOrganisation.teamFor(bucket).name();
            assertThat(DemoOrganisation.AGENTS)
                    .anyMatch(agent ->
                            agent.team().equals(team) && agent.languages().contains(Language.EN));
        }
    }
}
