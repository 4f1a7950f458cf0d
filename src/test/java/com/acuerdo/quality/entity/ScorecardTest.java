package com.acuerdo.quality.entity;

import static com.acuerdo.quality.entity.Scorecards.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScorecardTest {

    @Test
    void a_published_scorecard_refuses_new_sections() {
        var card = Scorecards.published();

        assertThatThrownBy(() -> card.addSection("Otra", "Other")).isInstanceOf(QualityRuleException.class);
    }

    @Test
    void a_published_scorecard_refuses_new_or_changed_criteria() {
        var card = Scorecards.published();
        var section = card.sections().get(0);
        var criterion = card.criterion("GREETING").orElseThrow();

        assertThatThrownBy(() -> section.addCriterion(CriterionDefinition.yesNo("NEW", "n", "n", 1)))
                .isInstanceOf(QualityRuleException.class);
        assertThatThrownBy(() -> criterion.redefine(CriterionDefinition.yesNo("GREETING", "x", "x", 99)))
                .isInstanceOf(QualityRuleException.class);
        assertThatThrownBy(() -> section.retitle("x", "x")).isInstanceOf(QualityRuleException.class);
        assertThat(criterion.weight()).isEqualTo(40);
    }

    @Test
    void a_draft_can_be_changed() {
        var card = Scorecards.draft();

        card.criterion("GREETING")
                .orElseThrow()
                .redefine(CriterionDefinition.yesNo("GREETING", "Saludó bien", "Greeted well", 50));

        assertThat(card.criterion("GREETING").orElseThrow().weight()).isEqualTo(50);
    }

    @Test
    void publishing_twice_is_refused() {
        var card = Scorecards.published();

        assertThatThrownBy(() -> card.publish(T0)).isInstanceOf(QualityRuleException.class);
    }

    @Test
    void an_empty_scorecard_cannot_be_published() {
        assertThatThrownBy(() -> new Scorecard("Vacía", 1).publish(T0)).isInstanceOf(QualityRuleException.class);
    }

    @Test
    void a_criterion_code_is_used_once_per_scorecard() {
        var card = Scorecards.draft();

        assertThatThrownBy(
                        () -> card.sections().get(1).addCriterion(CriterionDefinition.yesNo("GREETING", "a", "b", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void critical_criteria_are_yes_no() {
        assertThatThrownBy(() -> new CriterionDefinition("X", "x", "x", 1, AnswerType.SCALE, 4, true, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_next_draft_copies_everything_with_the_next_version_number() {
        var published = Scorecards.published();

        var next = published.nextDraft();

        assertThat(next.versionNumber()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ScorecardStatus.DRAFT);
        assertThat(next.criteria())
                .extracting(Criterion::definition)
                .containsExactlyElementsOf(
                        published.criteria().stream().map(Criterion::definition).toList());
        assertThat(next.criticalCriteria()).extracting(Criterion::code).containsExactly("NO_THREAT");
    }

    @Test
    void only_a_published_scorecard_can_be_retired() {
        assertThatThrownBy(() -> Scorecards.draft().retire(T0)).isInstanceOf(QualityRuleException.class);

        var card = Scorecards.published();
        card.retire(T0);
        assertThat(card.status()).isEqualTo(ScorecardStatus.RETIRED);
    }
}
