package com.acuerdo.contact.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.entity.ContactOutcome;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MandatoryTalkingPointsTest {

    private static final List<String> MANDATORY = List.of("GREET_IDENTIFY", "REVIEW_SITUATION", "CONFIRM_AGREEMENT");

    @ParameterizedTest(name = "{0} + {1} -> checklist required: {2}")
    @CsvSource({
        "RIGHT_PARTY, PROMISE, true",
        "RIGHT_PARTY, ARRANGEMENT, true",
        "RIGHT_PARTY, CALLBACK, false",
        "RIGHT_PARTY, NONE, false",
        "RIGHT_PARTY, SEND_STATEMENT, false",
        "NO_ANSWER, PROMISE, false",
        "THIRD_PARTY, ARRANGEMENT, false",
        "CALLBACK_REQUESTED, PROMISE, false"
    })
    void only_a_right_party_conversation_ending_in_a_negotiation_needs_the_checklist(
            ContactOutcome outcome, NextStep nextStep, boolean required) {
        assertThat(MandatoryTalkingPoints.apply(outcome, nextStep)).isEqualTo(required);
        assertThat(MandatoryTalkingPoints.missing(outcome, nextStep, MANDATORY, Set.of())
                        .isEmpty())
                .isNotEqualTo(required);
    }

    @Test
    void names_every_mandatory_point_not_ticked_in_checklist_order() {
        var missing = MandatoryTalkingPoints.missing(
                ContactOutcome.RIGHT_PARTY, NextStep.PROMISE, MANDATORY, Set.of("REVIEW_SITUATION", "FIT_OPTION"));

        assertThat(missing).containsExactly("GREET_IDENTIFY", "CONFIRM_AGREEMENT");
    }

    @Test
    void every_mandatory_point_ticked_lets_the_negotiation_through() {
        var ticked = Set.of("GREET_IDENTIFY", "REVIEW_SITUATION", "CONFIRM_AGREEMENT", "FIT_OPTION");

        assertThat(MandatoryTalkingPoints.missing(ContactOutcome.RIGHT_PARTY, NextStep.ARRANGEMENT, MANDATORY, ticked))
                .isEmpty();
    }

    @Test
    void no_next_step_and_no_ticks_are_not_a_negotiation() {
        assertThat(MandatoryTalkingPoints.missing(ContactOutcome.RIGHT_PARTY, null, MANDATORY, null))
                .isEmpty();
    }
}
