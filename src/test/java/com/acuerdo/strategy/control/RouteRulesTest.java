package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.strategy.entity.SolutionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteRulesTest {

    static final RouteDraft ROUTE = new RouteDraft(
            "PAUSE_90",
            SolutionKind.HARDSHIP_PAUSE,
            "Pausa",
            "Pause",
            "Tres meses sin cuota",
            "Three months without instalments",
            List.of(Product.PERSONAL_LOAN, Product.CREDIT_CARD, Product.CREDIT_CARD),
            List.of(AgingBucket.DPD_30_59));

    @Test
    void a_complete_route_passes_and_round_trips_through_the_entity_sorted_and_without_repeats() {
        var draft = ROUTE.normalised();
        assertThat(ConfigurationRules.solutionRoute(draft)).isEmpty();
        assertThat(draft.products()).containsExactly(Product.CREDIT_CARD, Product.PERSONAL_LOAN);
        var route = new com.acuerdo.strategy.entity.SolutionRoute(
                draft.code(),
                draft.kind(),
                draft.nameEs(),
                draft.nameEn(),
                draft.descriptionEs(),
                draft.descriptionEn(),
                draft.products(),
                draft.buckets(),
                LocalDate.of(2026, 3, 11));
        assertThat(route.appliesTo(Product.PERSONAL_LOAN, AgingBucket.DPD_30_59))
                .isTrue();
    }

    @Test
    void a_route_needs_a_kind_a_product_and_a_delinquent_bucket() {
        var draft =
                new RouteDraft("PAUSE_90", null, "Pausa", "Pause", "D", "D", List.of(), List.of(AgingBucket.CURRENT));
        assertThat(ConfigurationRules.solutionRoute(draft))
                .extracting(Reason::code)
                .containsExactly(
                        "CFG_ROUTE_KIND_REQUIRED", "CFG_ROUTE_PRODUCTS_REQUIRED", "CFG_CURRENT_HAS_NO_OBJECTIVE");
        var noBuckets = new RouteDraft(
                "PAUSE_90", SolutionKind.REFINANCE, "R", "R", "D", "D", List.of(Product.MORTGAGE), List.of());
        assertThat(ConfigurationRules.solutionRoute(noBuckets))
                .extracting(Reason::code)
                .containsExactly("CFG_ROUTE_BUCKETS_REQUIRED");
    }

    @Test
    void names_have_at_most_two_hundred_characters() {
        var draft = new RouteDraft(
                "R1",
                SolutionKind.REFINANCE,
                "n".repeat(201),
                "n".repeat(200),
                "D",
                "D",
                List.of(Product.MORTGAGE),
                List.of(AgingBucket.DPD_1_29));
        assertThat(ConfigurationRules.solutionRoute(draft))
                .containsExactly(Reason.of("CFG_TEXT_TOO_LONG", "language", "es", "max", 200));
    }
}
