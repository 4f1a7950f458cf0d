package com.acuerdo.quality.entity;

import static com.acuerdo.quality.entity.Scorecards.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalibrationSessionTest {

    private static final long LEAD = 1L;
    private static final long ANA = 2L;
    private static final long BETO = 3L;

    private final CalibrationSession session = new CalibrationSession(500L, 7L, Scorecards.published(), LEAD, T0);

    private QualityReview scored(long reviewer, YesNo greeting) {
        var review = QualityReview.forCalibration(session, reviewer, T0);
        review.answer("GREETING", greeting, null);
        review.answerScale("FIT", 4, null);
        review.answer("ASKED_REASON", YesNo.YES, null);
        review.answer("NO_THREAT", YesNo.YES, null);
        review.submit(T0);
        return review;
    }

    @Test
    void before_the_reveal_a_participant_sees_only_their_own_review() {
        session.invite(ANA);
        session.invite(BETO);
        var anas = scored(ANA, YesNo.YES);
        var betos = scored(BETO, YesNo.NO);
        session.recordReview(anas);
        session.recordReview(betos);

        assertThat(session.canSee(ANA, anas)).isTrue();
        assertThat(session.canSee(ANA, betos)).isFalse();
        assertThat(session.canSee(LEAD, betos)).isTrue();
    }

    @Test
    void after_the_reveal_deviations_from_the_expert_are_shown() {
        session.invite(ANA);
        session.invite(BETO);
        session.recordReview(scored(ANA, YesNo.YES));
        session.recordReview(scored(BETO, YesNo.NO));
        session.designateExpertReview(scored(LEAD, YesNo.YES));

        assertThat(session.deviationOf(BETO)).as("blind").isEmpty();
        session.reveal(T0);

        assertThat(session.deviationOf(ANA)).get().satisfies(d -> assertThat(d).isEqualByComparingTo("0"));
        assertThat(session.deviationOf(BETO)).get().satisfies(d -> assertThat(d).isEqualByComparingTo("-40"));
        assertThat(session.canSee(ANA, session.participants().get(1).review().orElseThrow()))
                .isTrue();
    }

    @Test
    void the_reveal_needs_a_scored_expert_review() {
        assertThatThrownBy(() -> session.reveal(T0)).isInstanceOf(QualityRuleException.class);
    }

    @Test
    void only_invited_reviewers_file_reviews_and_nothing_changes_after_the_reveal() {
        assertThatThrownBy(() -> session.recordReview(scored(ANA, YesNo.YES))).isInstanceOf(QualityRuleException.class);

        session.designateExpertReview(scored(LEAD, YesNo.YES));
        session.reveal(T0);
        assertThatThrownBy(() -> session.invite(BETO)).isInstanceOf(QualityRuleException.class);
    }

    @Test
    void calibration_reviews_are_not_shown_to_the_agent() {
        var review = scored(ANA, YesNo.YES);

        assertThatThrownBy(() -> review.acknowledge(T0)).isInstanceOf(QualityRuleException.class);
        assertThat(review.countsForAgent()).isFalse();
    }

    @Test
    void a_review_of_another_session_is_refused() {
        var other = new CalibrationSession(501L, 7L, Scorecards.published(), LEAD, T0);
        session.invite(ANA);

        assertThatThrownBy(() -> session.recordReview(QualityReview.forCalibration(other, ANA, T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
