package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.strategy.entity.BucketObjective;
import com.acuerdo.strategy.entity.ObjectionGuide;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.SolutionKind;
import com.acuerdo.strategy.entity.SolutionRoute;
import com.acuerdo.strategy.entity.TalkingPoint;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultStrategyTest {

    @Test
    void every_delinquent_bucket_of_every_product_has_the_bucket_default_objective() {
        var rows = DefaultStrategy.bucketObjectives();
        long delinquentBuckets = Arrays.stream(AgingBucket.values())
                .filter(AgingBucket::isDelinquent)
                .count();

        assertThat(rows).hasSize((int) (Product.values().length * delinquentBuckets));
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.bucket().defaultObjective()).contains(row.objective()));
        assertThat(rows).extracting(BucketObjective::bucket).doesNotContain(AgingBucket.CURRENT);
    }

    @ParameterizedTest
    @EnumSource(Objective.class)
    void every_objective_has_a_checklist_with_mandatory_points_in_both_languages(Objective objective) {
        var points = DefaultStrategy.talkingPoints().stream()
                .filter(p -> p.objective() == objective)
                .toList();

        assertThat(points).hasSizeGreaterThanOrEqualTo(4);
        assertThat(points).anyMatch(TalkingPoint::isMandatory);
        assertThat(points).extracting(TalkingPoint::code).doesNotHaveDuplicates();
        assertThat(points).extracting(TalkingPoint::sortOrder).doesNotHaveDuplicates();
        assertThat(points).allSatisfy(p -> assertThat(p.text(Language.EN)).isNotEqualTo(p.text(Language.ES)));
    }

    @Test
    void the_common_objections_have_suggested_answers_in_both_languages() {
        var guides = DefaultStrategy.objectionGuides();

        assertThat(guides)
                .extracting(ObjectionGuide::code)
                .contains("NO_MONEY", "NO_STATEMENT", "ALREADY_PAID", "DOES_NOT_RECOGNISE_CHARGE", "LOST_JOB");
        assertThat(guides)
                .extracting(g -> g.objection(Language.ES))
                .contains(
                        "No tengo dinero.",
                        "No recibí el estado de cuenta.",
                        "Ya pagué.",
                        "No reconozco el cargo.",
                        "Me quedé sin trabajo.");
        assertThat(guides).allSatisfy(g -> {
            assertThat(g.suggestedAnswers(Language.ES)).isNotEmpty();
            assertThat(g.suggestedAnswers(Language.EN)).hasSameSizeAs(g.suggestedAnswers(Language.ES));
        });
    }

    @Test
    void a_promise_to_pay_is_offered_in_every_delinquent_case() {
        var promise = DefaultStrategy.solutionRoutes().stream()
                .filter(r -> r.kind() == SolutionKind.PROMISE_TO_PAY)
                .findFirst()
                .orElseThrow();

        for (var product : Product.values()) {
            for (var bucket : AgingBucket.values()) {
                assertThat(promise.appliesTo(product, bucket)).isEqualTo(bucket.isDelinquent());
            }
        }
    }

    @Test
    void every_kind_of_solution_has_a_route() {
        assertThat(DefaultStrategy.solutionRoutes())
                .extracting(SolutionRoute::kind)
                .containsExactlyInAnyOrder(SolutionKind.values());
    }

    @Test
    void the_default_weights_add_up_to_one_hundred() {
        assertThat(DefaultStrategy.priorityWeights().maximum()).isEqualTo(100);
    }
}
