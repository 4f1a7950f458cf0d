package com.acuerdo.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.strategy.entity.Objective;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigurationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest
    @CsvSource({
        "2026-03-09, CFG_EFFECTIVE_TOO_EARLY",
        "2026-03-10, CFG_EFFECTIVE_TOO_EARLY",
        "2026-03-11, ",
        "2027-01-01, "
    })
    void a_change_applies_from_the_next_business_date_or_later(LocalDate chosen, String code) {
        var reasons = ConfigurationRules.effectiveDate(chosen, TODAY);
        assertThat(reasons.stream().map(Reason::code))
                .containsExactlyElementsOf(code == null ? List.of() : List.of(code));
    }

    @Test
    void a_too_early_date_names_the_earliest_allowed() {
        assertThat(ConfigurationRules.effectiveDate(TODAY, TODAY))
                .containsExactly(Reason.of("CFG_EFFECTIVE_TOO_EARLY", "date", "2026-03-10", "earliest", "2026-03-11"));
    }

    @Test
    void an_effective_date_is_required() {
        assertThat(ConfigurationRules.effectiveDate(null, TODAY))
                .extracting(Reason::code)
                .containsExactly("CFG_EFFECTIVE_REQUIRED");
    }

    @ParameterizedTest
    @CsvSource({
        "ASK_DATE, 1, ",
        "AB, 999, ",
        "A, 1, CFG_CODE_FORMAT",
        "ask_date, 1, CFG_CODE_FORMAT",
        "1ASK, 1, CFG_CODE_FORMAT",
        "ASK DATE, 1, CFG_CODE_FORMAT",
        "ASK_DATE, 0, CFG_ORDER_RANGE",
        "ASK_DATE, 1000, CFG_ORDER_RANGE"
    })
    void a_talking_point_has_a_code_and_an_order_within_range(String code, int order, String expected) {
        var draft = new TalkingPointDraft(Objective.REMIND, code, order, false, "Texto", "Text");
        assertThat(ConfigurationRules.talkingPoint(draft).stream().map(Reason::code))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void a_code_of_forty_characters_is_accepted_and_of_forty_one_refused() {
        var forty = "A".repeat(40);
        assertThat(ConfigurationRules.talkingPoint(draft(forty, "es", "en"))).isEmpty();
        assertThat(ConfigurationRules.talkingPoint(draft(forty + "A", "es", "en")))
                .extracting(Reason::code)
                .containsExactly("CFG_CODE_FORMAT");
    }

    @Test
    void both_texts_are_required_and_at_most_a_thousand_characters() {
        assertThat(ConfigurationRules.talkingPoint(draft("ASK", "x".repeat(1000), "y")))
                .isEmpty();
        assertThat(ConfigurationRules.talkingPoint(draft("ASK", "x".repeat(1001), " ")))
                .containsExactly(
                        Reason.of("CFG_TEXT_TOO_LONG", "language", "es", "max", 1000),
                        Reason.of("CFG_TEXT_REQUIRED", "language", "en"));
    }

    @Test
    void every_reason_is_answered_at_once() {
        var draft = new TalkingPointDraft(null, null, 0, true, null, null);
        assertThat(ConfigurationRules.talkingPoint(draft))
                .extracting(Reason::code)
                .containsExactly(
                        "CFG_OBJECTIVE_REQUIRED",
                        "CFG_CODE_FORMAT",
                        "CFG_ORDER_RANGE",
                        "CFG_TEXT_REQUIRED",
                        "CFG_TEXT_REQUIRED");
    }

    @Test
    void the_default_plan_gives_every_delinquent_bucket_an_objective() {
        assertThat(ConfigurationRules.bucketObjectives(defaultPlan())).isEmpty();
    }

    @Test
    void a_delinquent_bucket_without_an_objective_is_refused_by_name() {
        var plan = defaultPlan();
        plan.remove(AgingBucket.DPD_180_PLUS);
        plan.remove(AgingBucket.DPD_1_29);
        assertThat(ConfigurationRules.bucketObjectives(plan))
                .containsExactly(
                        Reason.of("CFG_BUCKET_WITHOUT_OBJECTIVE", "bucket", "DPD_1_29"),
                        Reason.of("CFG_BUCKET_WITHOUT_OBJECTIVE", "bucket", "DPD_180_PLUS"));
    }

    @Test
    void a_current_account_has_no_objective() {
        var plan = defaultPlan();
        plan.put(AgingBucket.CURRENT, Objective.REMIND);
        assertThat(ConfigurationRules.bucketObjectives(plan))
                .extracting(Reason::code)
                .containsExactly("CFG_CURRENT_HAS_NO_OBJECTIVE");
    }

    @Test
    void normalising_upper_cases_the_code_and_trims_the_texts() {
        var draft = new TalkingPointDraft(Objective.REMIND, " ask_date ", 1, false, " Hola ", "Hi ");
        assertThat(draft.normalised())
                .isEqualTo(new TalkingPointDraft(Objective.REMIND, "ASK_DATE", 1, false, "Hola", "Hi"));
    }

    private static TalkingPointDraft draft(String code, String es, String en) {
        return new TalkingPointDraft(Objective.PRESSURE, code, 5, true, es, en);
    }

    private static Map<AgingBucket, Objective> defaultPlan() {
        var plan = new EnumMap<AgingBucket, Objective>(AgingBucket.class);
        for (var bucket : AgingBucket.values()) {
            bucket.defaultObjective().ifPresent(objective -> plan.put(bucket, objective));
        }
        return plan;
    }
}
