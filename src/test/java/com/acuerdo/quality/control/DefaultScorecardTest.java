package com.acuerdo.quality.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.quality.entity.Criterion;
import com.acuerdo.quality.entity.PrescoreSource;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultScorecardTest {

    private final com.acuerdo.quality.entity.Scorecard card =
            DefaultScorecard.published(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void is_published_as_version_one() {
        assertThat(card.isPublished()).isTrue();
        assertThat(card.versionNumber()).isEqualTo(1);
    }

    @Test
    void the_five_compliance_items_are_critical() {
        assertThat(card.criticalCriteria())
                .extracting(Criterion::code)
                .containsExactlyInAnyOrder(
                        "NO_THREAT",
                        "NO_HUMILIATION",
                        "NO_FALSE_CLAIM",
                        "WITHIN_PERMITTED_HOURS",
                        "NO_THIRD_PARTY_DISCLOSURE");
    }

    @Test
    void weights_add_up_to_one_hundred() {
        assertThat(card.criteria().stream().mapToInt(Criterion::weight).sum()).isEqualTo(100);
    }

    @Test
    void has_the_conduct_criteria_of_friendly_collections() {
        assertThat(card.criteria()).hasSize(15);
        assertThat(card.criteria())
                .extracting(Criterion::code)
                .contains(
                        "GREETING",
                        "IDENTIFIED_SELF",
                        "RIGHT_PARTY",
                        "OFFERED_HELP",
                        "ASKED_REASON",
                        "INFORMED_OPTIONS",
                        "FITTED_OPTIONS",
                        "AGREEMENT_OR_NEXT_STEP",
                        "CONFIRMED_AGREEMENT",
                        "CLOSED_COURTEOUSLY");
    }

    @Test
    void every_text_exists_in_spanish_and_english() {
        assertThat(card.criteria()).allSatisfy(c -> {
            assertThat(c.text(Language.ES)).isNotBlank();
            assertThat(c.text(Language.EN)).isNotBlank().isNotEqualTo(c.text(Language.ES));
        });
    }

    @Test
    void what_the_contact_log_knows_is_prescored() {
        assertThat(card.criterion("WITHIN_PERMITTED_HOURS").flatMap(Criterion::prescoreSource))
                .isEqualTo(Optional.of(PrescoreSource.CONTACT_WITHIN_HOURS));
        assertThat(card.criterion("ASKED_REASON").flatMap(Criterion::prescoreSource))
                .contains(PrescoreSource.DELAY_REASON_RECORDED);
    }
}
