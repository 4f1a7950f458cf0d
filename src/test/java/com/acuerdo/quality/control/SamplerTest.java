package com.acuerdo.quality.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.quality.control.Sampler.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SamplerTest {

    /** Agent 1: 20 right-party calls, 3 no-answers, 1 refusal. Agent 2: 2 calls. */
    private static List<Candidate> week() {
        var contacts = new ArrayList<Candidate>();
        long id = 1;
        for (int i = 0; i < 20; i++) {
            contacts.add(new Candidate(id++, 1, "RIGHT_PARTY"));
        }
        for (int i = 0; i < 3; i++) {
            contacts.add(new Candidate(id++, 1, "NO_ANSWER"));
        }
        contacts.add(new Candidate(id++, 1, "REFUSED"));
        contacts.add(new Candidate(id++, 2, "RIGHT_PARTY"));
        contacts.add(new Candidate(id, 2, "THIRD_PARTY"));
        return contacts;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void each_agent_gets_n_contacts_and_every_outcome_is_represented_when_n_allows(long seed) {
        var chosen = new Sampler(5, new Random(seed)).sample(week(), Set.of());

        var agentOne = chosen.stream().filter(c -> c.agentId() == 1).toList();
        assertThat(agentOne).hasSize(5);
        assertThat(agentOne).extracting(Candidate::outcome).contains("RIGHT_PARTY", "NO_ANSWER", "REFUSED");
        // Not only easy calls: right-party calls are 20 of 24 but at most 2 of the 5 (round robin).
        assertThat(agentOne.stream().filter(c -> c.outcome().equals("RIGHT_PARTY")))
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void an_agent_with_fewer_contacts_than_n_gets_them_all() {
        var chosen = new Sampler(5, new Random(7)).sample(week(), Set.of());

        assertThat(chosen.stream().filter(c -> c.agentId() == 2))
                .extracting(Candidate::contactId)
                .containsExactlyInAnyOrder(25L, 26L);
        assertThat(chosen).hasSize(7);
    }

    @Test
    void one_per_agent_is_one() {
        var chosen = new Sampler(1, new Random(7)).sample(week(), Set.of());

        assertThat(chosen.stream().collect(Collectors.groupingBy(Candidate::agentId, Collectors.counting())))
                .isEqualTo(Map.of(1L, 1L, 2L, 1L));
    }

    @Test
    void a_contact_sampled_before_is_never_sampled_again_nor_twice_in_one_draw() {
        var contacts = new ArrayList<>(week());
        contacts.add(new Candidate(24, 1, "REFUSED")); // the same contact listed twice
        var already = Set.of(24L, 25L);

        var chosen = new Sampler(30, new Random(3)).sample(contacts, already);

        assertThat(chosen)
                .extracting(Candidate::contactId)
                .doesNotContain(24L, 25L)
                .doesNotHaveDuplicates();
        assertThat(chosen).hasSize(24); // 26 contacts, 2 sampled before
    }

    @Test
    void the_same_seed_draws_the_same_sample() {
        var first = new Sampler(4, new Random(99)).sample(week(), Set.of());
        var second = new Sampler(4, new Random(99)).sample(week(), Set.of());

        assertThat(first).isEqualTo(second);
    }

    @Test
    void nothing_to_sample_is_an_empty_sample_and_n_must_be_positive() {
        assertThat(new Sampler(3, new Random(1)).sample(List.of(), Set.of())).isEmpty();
        assertThatThrownBy(() -> new Sampler(0, new Random(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
