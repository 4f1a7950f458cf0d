package com.acuerdo.casework.control;

import static com.acuerdo.casework.control.EscalationRules.Reason.BROKEN_PROMISES;
import static com.acuerdo.casework.control.EscalationRules.Reason.CHANGED_CONDITIONS;
import static com.acuerdo.casework.control.EscalationRules.Reason.CHARGE_OFF_CANDIDATE;
import static com.acuerdo.casework.control.EscalationRules.Reason.NO_RIGHT_PARTY_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.aging.entity.AgingBucket;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscalationRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-31");
    private static final EscalationRules DEFAULTS =
            new EscalationRules(2, 90, 21, AgingBucket.DPD_120_179, AgingBucket.DPD_180_PLUS);

    private static EscalationRules.Facts facts(AgingBucket bucket, int broken, LocalDate lastConversation) {
        return new EscalationRules.Facts(bucket, TODAY.minusDays(60), false, broken, lastConversation);
    }

    @ParameterizedTest(name = "{0} broken -> escalated: {1}")
    @CsvSource({"0, false", "1, false", "2, true", "5, true"})
    void broken_promises_up_to_the_limit_escalate(int broken, boolean escalated) {
        assertThat(DEFAULTS.reasons(facts(AgingBucket.DPD_30_59, broken, TODAY), TODAY)
                        .contains(BROKEN_PROMISES))
                .isEqualTo(escalated);
    }

    @ParameterizedTest(name = "last conversation {0} days ago -> escalated: {1}")
    @CsvSource({"0, false", "20, false", "21, true", "40, true"})
    void silence_since_the_last_conversation_escalates(int daysAgo, boolean escalated) {
        assertThat(DEFAULTS.reasons(facts(AgingBucket.DPD_30_59, 0, TODAY.minusDays(daysAgo)), TODAY)
                        .contains(NO_RIGHT_PARTY_CONTACT))
                .isEqualTo(escalated);
    }

    @Test
    void a_case_never_heard_from_counts_from_its_opening() {
        var fresh = new EscalationRules.Facts(AgingBucket.DPD_1_29, TODAY.minusDays(5), false, 0, null);
        var old = new EscalationRules.Facts(AgingBucket.DPD_1_29, TODAY.minusDays(21), false, 0, null);

        assertThat(DEFAULTS.reasons(fresh, TODAY)).isEmpty();
        assertThat(DEFAULTS.reasons(old, TODAY)).containsExactly(NO_RIGHT_PARTY_CONTACT);
    }

    @ParameterizedTest(name = "{0} -> changed conditions {1}, charge-off {2}")
    @CsvSource({"DPD_90_119, false, false", "DPD_120_179, true, false", "DPD_180_PLUS, true, true"})
    void old_debt_changes_conditions_and_becomes_a_charge_off_candidate(
            AgingBucket bucket, boolean changed, boolean chargeOff) {
        var reasons = DEFAULTS.reasons(facts(bucket, 0, TODAY), TODAY);

        assertThat(reasons.contains(CHANGED_CONDITIONS)).isEqualTo(changed);
        assertThat(reasons.contains(CHARGE_OFF_CANDIDATE)).isEqualTo(chargeOff);
        assertThat(DEFAULTS.restricts(bucket)).isEqualTo(changed);
    }

    @Test
    void escalation_waits_while_a_promise_or_arrangement_is_being_kept() {
        var kept = new EscalationRules.Facts(AgingBucket.DPD_180_PLUS, TODAY.minusDays(90), true, 4, null);

        assertThat(DEFAULTS.reasons(kept, TODAY)).isEmpty();
    }

    @Test
    void thresholds_must_be_positive() {
        assertThatThrownBy(() -> new EscalationRules(0, 90, 21, AgingBucket.DPD_120_179, AgingBucket.DPD_180_PLUS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
