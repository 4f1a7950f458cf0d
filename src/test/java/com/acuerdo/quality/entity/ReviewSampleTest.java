package com.acuerdo.quality.entity;

import static com.acuerdo.quality.entity.Scorecards.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewSampleTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    @Test
    void a_sample_goes_from_queued_through_review_to_reviewed() {
        var sample = ReviewSample.sampled(100L, 7L, START, END, T0);
        var review = new QualityReview(100L, 7L, 3L, Scorecards.published(), T0);

        sample.startReview(review);
        assertThat(sample.status()).isEqualTo(SampleStatus.IN_REVIEW);
        assertThatThrownBy(sample::markReviewed).as("draft review").isInstanceOf(QualityRuleException.class);

        review.answer("GREETING", YesNo.YES, null);
        review.answerScale("FIT", 4, null);
        review.answer("ASKED_REASON", YesNo.YES, null);
        review.answer("NO_THREAT", YesNo.YES, null);
        review.submit(T0);
        sample.markReviewed();

        assertThat(sample.status()).isEqualTo(SampleStatus.REVIEWED);
    }

    @Test
    void a_supervisor_adds_a_contact_to_the_queue() {
        var sample = ReviewSample.addedBySupervisor(100L, 7L, START, END, 9L, T0);

        assertThat(sample.source()).isEqualTo(SampleSource.ADDED_BY_SUPERVISOR);
        assertThat(sample.status()).isEqualTo(SampleStatus.QUEUED);
    }

    @Test
    void a_review_of_another_contact_cannot_take_the_sample() {
        var sample = ReviewSample.sampled(100L, 7L, START, END, T0);

        assertThatThrownBy(() -> sample.startReview(new QualityReview(101L, 7L, 3L, Scorecards.published(), T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_a_queued_sample_can_be_discarded_and_it_needs_a_reason() {
        var sample = ReviewSample.sampled(100L, 7L, START, END, T0);
        assertThatThrownBy(() -> sample.discard("")).isInstanceOf(QualityRuleException.class);

        sample.discard("llamada sin audio");

        assertThat(sample.status()).isEqualTo(SampleStatus.DISCARDED);
        assertThatThrownBy(() -> sample.discard("otra vez")).isInstanceOf(QualityRuleException.class);
    }
}
