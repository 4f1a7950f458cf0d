package com.acuerdo.quality.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.quality.control.PreScores.ContactFacts;
import com.acuerdo.quality.entity.PrescoreSource;
import com.acuerdo.quality.entity.YesNo;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreScoresTest {

    private static final Set<String> MANDATORY = Set.of("GREET", "OPTIONS");

    @Test
    void a_complete_conversation_that_ended_in_a_recorded_promise_is_all_yes() {
        var facts = new ContactFacts(true, true, true, MANDATORY, Set.of("GREET", "OPTIONS", "CLOSE"), true, true);

        assertThat(PreScores.of(facts))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        PrescoreSource.CONTACT_WITHIN_HOURS, YesNo.YES,
                        PrescoreSource.WITHIN_CAPS, YesNo.YES,
                        PrescoreSource.DELAY_REASON_RECORDED, YesNo.YES,
                        PrescoreSource.TALKING_POINTS_TICKED, YesNo.YES,
                        PrescoreSource.PROMISE_RECORDED, YesNo.YES));
    }

    @Test
    void a_missing_reason_a_missing_mandatory_point_and_an_unrecorded_promise_are_no() {
        var facts = new ContactFacts(true, true, false, MANDATORY, Set.of("GREET"), true, false);

        var answers = PreScores.of(facts);

        assertThat(answers.get(PrescoreSource.DELAY_REASON_RECORDED)).isEqualTo(YesNo.NO);
        assertThat(answers.get(PrescoreSource.TALKING_POINTS_TICKED)).isEqualTo(YesNo.NO);
        assertThat(answers.get(PrescoreSource.PROMISE_RECORDED)).isEqualTo(YesNo.NO);
    }

    @Test
    void without_a_commitment_the_promise_criterion_is_left_to_the_reviewer() {
        var facts = new ContactFacts(true, true, true, Set.of(), Set.of(), false, false);

        assertThat(PreScores.of(facts)).doesNotContainKey(PrescoreSource.PROMISE_RECORDED);
        // No mandatory points for the objective: nothing was missed.
        assertThat(PreScores.of(facts).get(PrescoreSource.TALKING_POINTS_TICKED))
                .isEqualTo(YesNo.YES);
    }

    @Test
    void an_attempt_without_a_conversation_only_answers_the_guards_criteria() {
        var facts = new ContactFacts(true, false, false, MANDATORY, Set.of(), false, false);

        assertThat(PreScores.of(facts))
                .containsOnlyKeys(PrescoreSource.CONTACT_WITHIN_HOURS, PrescoreSource.WITHIN_CAPS);
    }

    @Test
    void a_contact_not_on_record_answers_nothing_about_the_guard() {
        var facts = new ContactFacts(false, false, false, Set.of(), Set.of(), false, false);

        assertThat(PreScores.of(facts)).isEmpty();
    }
}
