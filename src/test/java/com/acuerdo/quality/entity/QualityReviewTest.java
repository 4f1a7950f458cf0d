package com.acuerdo.quality.entity;

import static com.acuerdo.quality.entity.Scorecards.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QualityReviewTest {

    private static final Instant T1 = T0.plusSeconds(3600);

    private static QualityReview draft() {
        return new QualityReview(100L, 7L, 3L, Scorecards.published(), T0);
    }

    private static QualityReview answered() {
        var review = draft();
        review.answer("GREETING", YesNo.YES, null);
        review.answerScale("FIT", 2, null);
        review.answer("ASKED_REASON", YesNo.YES, null);
        review.answer("NO_THREAT", YesNo.YES, null);
        return review;
    }

    private static QualityReview submitted() {
        var review = answered();
        review.submit(T1);
        return review;
    }

    @Test
    void a_review_needs_a_published_scorecard() {
        assertThatThrownBy(() -> new QualityReview(1L, 1L, 1L, Scorecards.draft(), T0))
                .isInstanceOf(QualityRuleException.class);
    }

    @Test
    void submitting_computes_the_weighted_score() {
        var review = submitted();

        // 40 + 40 * 2/4 + 20 of 100 (the critical item weighs 0).
        assertThat(review.score()).get().satisfies(score -> assertThat(score).isEqualByComparingTo("80.00"));
        assertThat(review.isCriticalFailed()).isFalse();
        assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(review.submittedAt()).contains(T1);
    }

    @Test
    void a_failed_critical_item_fails_the_review() {
        var review = answered();
        review.answer("NO_THREAT", YesNo.NO, "amenazó con embargo");

        review.submit(T1);

        assertThat(review.isCriticalFailed()).isTrue();
        assertThat(review.score()).get().satisfies(score -> assertThat(score).isEqualByComparingTo("0"));
    }

    @Test
    void every_criterion_must_be_answered_before_submitting() {
        var review = draft();
        review.answer("GREETING", YesNo.YES, null);

        assertThatThrownBy(() -> review.submit(T1))
                .isInstanceOf(QualityRuleException.class)
                .hasMessageContaining("FIT");
        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void a_failed_criterion_that_requires_a_comment_blocks_submission_without_one() {
        var review = answered();
        review.answer("ASKED_REASON", YesNo.NO, "  ");

        assertThatThrownBy(() -> review.submit(T1))
                .isInstanceOf(QualityRuleException.class)
                .hasMessageContaining("ASKED_REASON");

        review.answer("ASKED_REASON", YesNo.NO, "no preguntó el motivo");
        review.submit(T1);
        assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void not_applicable_items_are_left_out_of_the_score() {
        var review = draft();
        review.markNotApplicable("GREETING", null);
        review.markNotApplicable("ASKED_REASON", null);
        review.markNotApplicable("NO_THREAT", null);
        review.answerScale("FIT", 3, null);

        review.submit(T1);

        assertThat(review.score()).get().satisfies(score -> assertThat(score).isEqualByComparingTo("75.00"));
    }

    @Test
    void a_review_with_nothing_applicable_cannot_be_submitted() {
        var card = new Scorecard("Solo sí/no", 1);
        card.addSection("S", "S").addCriterion(CriterionDefinition.yesNo("ONLY", "a", "b", 10));
        card.publish(T0);
        var review = new QualityReview(1L, 1L, 1L, card, T0);
        review.markNotApplicable("ONLY", null);

        assertThatThrownBy(() -> review.submit(T1)).isInstanceOf(QualityRuleException.class);
        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void a_prescored_answer_changed_by_the_reviewer_is_marked_overridden() {
        var review = draft();
        review.prescore("ASKED_REASON", YesNo.YES);
        assertThat(review.scoreFor("ASKED_REASON").orElseThrow().isPrescored()).isTrue();

        review.answer("ASKED_REASON", YesNo.YES, null);
        assertThat(review.scoreFor("ASKED_REASON").orElseThrow().isOverridden())
                .as("confirmed")
                .isFalse();

        review.answer("ASKED_REASON", YesNo.NO, "no registró el motivo");
        assertThat(review.scoreFor("ASKED_REASON").orElseThrow().isOverridden()).isTrue();
    }

    @Test
    void only_criteria_with_a_source_can_be_prescored() {
        assertThatThrownBy(() -> draft().prescore("GREETING", YesNo.YES)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_agent_acknowledges_a_submitted_review() {
        var review = submitted();

        review.acknowledge(T1);

        assertThat(review.status()).isEqualTo(ReviewStatus.ACKNOWLEDGED);
        assertThat(review.countsForAgent()).isTrue();
    }

    @Test
    void a_draft_cannot_be_acknowledged_or_disputed() {
        var review = answered();

        assertThatThrownBy(() -> review.acknowledge(T1)).isInstanceOf(QualityRuleException.class);
        assertThatThrownBy(() -> review.dispute("no", T1)).isInstanceOf(QualityRuleException.class);
    }

    @Test
    void a_dispute_needs_a_reason() {
        var review = submitted();

        assertThatThrownBy(() -> review.dispute(" ", T1)).isInstanceOf(QualityRuleException.class);
        assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void an_acknowledged_review_cannot_be_disputed_and_scores_cannot_change_after_submission() {
        var review = submitted();
        review.acknowledge(T1);

        assertThatThrownBy(() -> review.dispute("tarde", T1)).isInstanceOf(QualityRuleException.class);
        assertThatThrownBy(() -> review.answer("GREETING", YesNo.NO, "x")).isInstanceOf(QualityRuleException.class);
    }

    @Test
    void an_upheld_dispute_takes_the_review_out_of_the_agent_trend() {
        var review = submitted();
        review.dispute("el cliente pidió que no le saludara", T1);

        review.resolve(true, "el audio lo confirma", 9L, T1.plusSeconds(60));

        assertThat(review.status()).isEqualTo(ReviewStatus.DISPUTE_UPHELD);
        assertThat(review.resolvedByUserId()).contains(9L);
        assertThat(review.countsForAgent()).isFalse();
    }

    @Test
    void a_rejected_dispute_keeps_the_review() {
        var review = submitted();
        review.dispute("no estoy de acuerdo", T1);

        review.resolve(false, "la evaluación es correcta", 9L, T1);

        assertThat(review.status()).isEqualTo(ReviewStatus.DISPUTE_REJECTED);
        assertThat(review.countsForAgent()).isTrue();
    }

    @Test
    void only_a_disputed_review_can_be_resolved_and_only_once() {
        var review = submitted();
        assertThatThrownBy(() -> review.resolve(true, "x", 9L, T1)).isInstanceOf(QualityRuleException.class);

        review.dispute("motivo", T1);
        review.resolve(false, "decidido", 9L, T1);
        assertThatThrownBy(() -> review.resolve(true, "otra vez", 9L, T1)).isInstanceOf(QualityRuleException.class);
    }

    @Test
    void a_scale_value_above_the_maximum_is_refused() {
        assertThatThrownBy(() -> draft().answerScale("FIT", 5, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_upheld_dispute_is_re_scored_from_the_disputed_answers_and_the_disputed_review_stays_as_history() {
        var disputed = answered();
        disputed.answer("NO_THREAT", YesNo.NO, "dijo «embargo»");
        disputed.submit(T1);
        disputed.dispute("Expliqué el proceso legal, no amenacé", T1.plusSeconds(60));
        disputed.resolve(true, "El audio lo confirma", 9L, T1.plusSeconds(120));

        var revision = QualityReview.revisionOf(disputed, 9L, T1.plusSeconds(180));

        assertThat(revision.revises()).contains(disputed);
        assertThat(revision.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(revision.reviewerUserId()).isEqualTo(9L);
        assertThat(revision.scoreFor("NO_THREAT").flatMap(CriterionScore::answer))
                .contains(YesNo.NO);
        assertThat(revision.scoreFor("FIT").flatMap(CriterionScore::scaleValue)).contains(2);

        revision.answer("NO_THREAT", YesNo.YES, null);
        revision.submit(T1.plusSeconds(240));
        assertThat(revision.score()).get().satisfies(score -> assertThat(score).isEqualByComparingTo("80.00"));
        assertThat(revision.countsForAgent()).isTrue();
        assertThat(disputed.countsForAgent()).isFalse();
        assertThat(disputed.status()).isEqualTo(ReviewStatus.DISPUTE_UPHELD);
    }

    @Test
    void only_an_upheld_dispute_is_re_scored() {
        var rejected = submitted();
        rejected.dispute("No estoy de acuerdo", T1);
        rejected.resolve(false, "El criterio se aplicó bien", 9L, T1);

        assertThatThrownBy(() -> QualityReview.revisionOf(rejected, 9L, T1)).isInstanceOf(QualityRuleException.class);
        assertThatThrownBy(() -> QualityReview.revisionOf(submitted(), 9L, T1))
                .isInstanceOf(QualityRuleException.class);
    }
}
